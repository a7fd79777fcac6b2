package org.deliberation.web.deliberation;

import java.time.Instant;
import org.deliberation.web.api.statement.ModerationAction;

/** One moderation decision on a statement, kept forever: who hid or restored it, when, and why. */
public record ModerationEntry(ModerationAction action, String reason, String by, Instant at) {}
