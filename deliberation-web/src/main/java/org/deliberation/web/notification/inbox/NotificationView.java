package org.deliberation.web.notification.inbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notification as its recipient reads it, in their language.
 *
 * @param id the notification's id, increasing with time: {@code POST /api/notifications/read {upTo: id}}
 */
public record NotificationView(
    String id,
    String kind,
    String text,
    Instant at,
    boolean read,
    @Nullable String project,
    @Nullable String petition,
    @Nullable String statement) {}
