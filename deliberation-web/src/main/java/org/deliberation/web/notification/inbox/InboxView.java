package org.deliberation.web.notification.inbox;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of the caller's notifications, newest first.
 *
 * @param unread how many of all their notifications they have not marked read
 * @param next the {@code before} of the next page, absent on the last one
 */
public record InboxView(List<NotificationView> items, long unread, @Nullable String next) {}
