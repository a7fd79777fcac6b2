package org.deliberation.web.deliberation.live;

import java.time.Instant;

/** A report of a statement to the moderators. */
public record FlagEntry(String reason, String by, Instant at) {}
