package org.deliberation.web.notification.follow;

import org.deliberation.core.follow.FollowTarget;
import reactor.core.publisher.Mono;

/**
 * One followable kind, declared as a bean by the feature that owns it: projects here; petitions when their feature
 * declares one. Following and the feeds ask it whether a thing exists, so this folder knows no such feature.
 */
public interface FollowTargets {

  FollowTarget.Kind kind();

  /** The thing an id (or, where the kind has them, a slug) names; a 404 problem when there is none. */
  Mono<FollowedTarget> find(String idOrSlug);
}
