package org.deliberation.web.notification.follow;

import org.deliberation.core.follow.FollowTarget;

/**
 * Something that can be followed, as notifications and feeds name it.
 *
 * @param language the language its news are written in ({@code en} or {@code fr}), for mail
 * @param path its public page, relative to the site ({@code /projects/sports-hall})
 */
public record FollowedTarget(FollowTarget target, String title, String language, String path) {}
