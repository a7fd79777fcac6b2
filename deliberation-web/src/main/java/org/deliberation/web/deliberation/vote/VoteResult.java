package org.deliberation.web.deliberation.vote;

import java.time.Instant;

/** A recorded vote: it replaces the participant's earlier vote on the statement. */
public record VoteResult(String statement, String vote, Instant castAt) {}
