package org.deliberation.web.notification.follow;

/**
 * Where the caller stands with a target.
 *
 * @param kind {@code PROJECT} or {@code PETITION}
 */
public record FollowView(String kind, String id, boolean following, boolean email) {}
