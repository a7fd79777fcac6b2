package org.deliberation.web.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.web.deliberation.live.ModerationAction;
import org.jspecify.annotations.Nullable;

/** A moderator hides or restores a petition, as a statement: always with a reason kept in its history. */
public record PetitionModerationRequest(
    @NotNull(message = "must be \"HIDE\" or \"RESTORE\"") @Nullable ModerationAction action,
    @NotBlank(message = "give the reason; it is kept in the petition's history")
        @Size(max = 500, message = "must be at most 500 characters")
        @Nullable String reason) {}
