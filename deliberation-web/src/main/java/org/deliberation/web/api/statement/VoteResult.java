package org.deliberation.web.api.statement;

import java.time.Instant;

/** A recorded vote: it replaces the participant's earlier vote on the statement. */
public record VoteResult(String statement, String vote, Instant castAt) {}
