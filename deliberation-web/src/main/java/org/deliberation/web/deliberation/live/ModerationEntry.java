package org.deliberation.web.deliberation.live;

import java.time.Instant;

/** One moderation decision on a statement, kept forever: who hid or restored it, when, and why. */
public record ModerationEntry(ModerationAction action, String reason, String by, Instant at) {}
