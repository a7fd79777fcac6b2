package org.deliberation.web.notification.follow;

/**
 * The follow button of a project's or a petition's page.
 *
 * @param shown false on every other page
 * @param kind {@code PROJECT} or {@code PETITION}
 * @param signedIn a visitor who is not signed in is offered the sign-in instead
 */
public record FollowButton(
    boolean shown,
    String kind,
    String id,
    String path,
    boolean signedIn,
    boolean following,
    boolean email) {

  static final FollowButton NONE = new FollowButton(false, "", "", "", false, false, false);
}
