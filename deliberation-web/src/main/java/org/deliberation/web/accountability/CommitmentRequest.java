package org.deliberation.web.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.core.project.CommitmentRules;
import org.deliberation.core.project.Decision;
import org.jspecify.annotations.Nullable;

/** An official's answer to one point: the decision and why. */
public record CommitmentRequest(
    @NotNull(message = "must be \"TAKEN_UP\", \"REJECTED\" or \"DEFERRED\"")
        @Nullable Decision decision,
    @NotBlank(message = "give the reason for the decision; it is shown beside the point")
        @Size(max = CommitmentRules.MAX_REASON, message = "must be at most 2000 characters")
        @Nullable String reason) {}
