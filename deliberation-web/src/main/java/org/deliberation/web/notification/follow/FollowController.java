package org.deliberation.web.notification.follow;

import org.deliberation.core.common.Actor;
import org.deliberation.core.follow.FollowTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Following over HTTP: PUT follows (or changes the e-mail choice), DELETE stops; both idempotent. */
@RestController
public class FollowController {

  private final FollowService follows;

  public FollowController(FollowService follows) {
    this.follows = follows;
  }

  @PutMapping("/api/projects/{id}/follow")
  public Mono<FollowView> followProject(
      @PathVariable String id,
      @RequestBody(required = false) @Nullable FollowRequest request,
      Actor caller) {
    return follows.follow(caller, FollowTarget.Kind.PROJECT, id, wantsEmail(request));
  }

  @DeleteMapping("/api/projects/{id}/follow")
  public Mono<FollowView> unfollowProject(@PathVariable String id, Actor caller) {
    return follows.unfollow(caller, FollowTarget.Kind.PROJECT, id);
  }

  @PutMapping("/api/petitions/{id}/follow")
  public Mono<FollowView> followPetition(
      @PathVariable String id,
      @RequestBody(required = false) @Nullable FollowRequest request,
      Actor caller) {
    return follows.follow(caller, FollowTarget.Kind.PETITION, id, wantsEmail(request));
  }

  @DeleteMapping("/api/petitions/{id}/follow")
  public Mono<FollowView> unfollowPetition(@PathVariable String id, Actor caller) {
    return follows.unfollow(caller, FollowTarget.Kind.PETITION, id);
  }

  private static boolean wantsEmail(@Nullable FollowRequest request) {
    return request != null && request.wantsEmail();
  }
}
