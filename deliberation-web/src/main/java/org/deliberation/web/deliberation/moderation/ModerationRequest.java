package org.deliberation.web.deliberation.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.web.deliberation.live.ModerationAction;
import org.jspecify.annotations.Nullable;

/** A moderator hides or restores a statement, always with a reason that stays in its history. */
public record ModerationRequest(
    @NotNull(message = "must be \"HIDE\" or \"RESTORE\"") @Nullable ModerationAction action,
    @NotBlank(message = "give the reason; it is kept in the statement's history")
        @Size(max = 500, message = "must be at most 500 characters")
        @Nullable String reason) {}
