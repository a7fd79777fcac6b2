package org.deliberation.web.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.deliberation.web.platform.http.VisibleText;
import org.jspecify.annotations.Nullable;

/** A sign-up: only what the participant chooses to declare. */
public record RegisterRequest(
    @NotBlank(message = "give a name to show beside your contributions")
        @Size(max = 80, message = "must be at most 80 characters")
        @VisibleText
        @Nullable String displayName,
    @NotBlank(message = "give your e-mail; it is never shown to others")
        @Email(message = "must be an e-mail address, like name@example.org")
        @Size(max = 254, message = "must be at most 254 characters")
        @Nullable String email,
    @NotBlank(message = "choose a password")
        @Size(min = 10, max = 72, message = "must be between 10 and 72 characters")
        @Nullable String password,
    @Size(max = 16, message = "must be at most 16 characters")
        @Pattern(
            regexp = "[A-Za-z0-9 -]*",
            message = "may hold only letters, digits, spaces and hyphens")
        @Nullable String postcode) {}
