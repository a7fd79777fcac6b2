package org.deliberation.web.petition;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Closing a petition, with an optional reason. */
public record CloseRequest(
    @Size(max = 500, message = "must be at most 500 characters") @Nullable String reason) {}
