package org.deliberation.web.deliberation.vote;

import jakarta.validation.constraints.NotNull;
import org.deliberation.core.statement.Vote;
import org.jspecify.annotations.Nullable;

/** A vote on a statement. */
public record VoteRequest(
    @NotNull(message = "must be \"AGREE\", \"DISAGREE\" or \"PASS\"") @Nullable Vote vote) {}
