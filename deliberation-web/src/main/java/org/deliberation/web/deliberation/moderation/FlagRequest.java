package org.deliberation.web.deliberation.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A report of a statement to the moderators. */
public record FlagRequest(
    @NotBlank(message = "say what is wrong with it, for example 'insulting' or 'off topic'")
        @Size(max = 500, message = "must be at most 500 characters")
        @Nullable String reason) {}
