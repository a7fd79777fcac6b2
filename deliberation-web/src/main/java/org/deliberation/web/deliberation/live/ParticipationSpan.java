package org.deliberation.web.deliberation.live;

import java.time.Instant;

/**
 * A span of time in a project's participation: the votes cast in it, the people who voted for the first time in it,
 * and how many had voted by its end.
 */
public record ParticipationSpan(
    Instant from, Instant to, int votes, int newParticipants, int participants) {}
