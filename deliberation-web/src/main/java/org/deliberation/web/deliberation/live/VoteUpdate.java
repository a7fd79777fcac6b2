package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data of a {@code vote} stream event: a vote (never who cast it) and the statement's counts just after it.
 *
 * @param groups the counts per opinion group; absent on events replayed to a resuming client
 */
public record VoteUpdate(
    String statement,
    String vote,
    Instant at,
    int agree,
    int disagree,
    int pass,
    @Nullable List<GroupTally> groups) {}
