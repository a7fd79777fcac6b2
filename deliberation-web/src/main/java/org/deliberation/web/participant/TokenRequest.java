package org.deliberation.web.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A sign-in. */
public record TokenRequest(
    @NotBlank(message = "give the e-mail you signed up with") @Size(max = 254)
        @Nullable String email,
    @NotBlank(message = "give your password") @Size(max = 200) @Nullable String password) {}
