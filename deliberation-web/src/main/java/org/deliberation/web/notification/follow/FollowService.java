package org.deliberation.web.notification.follow;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.deliberation.core.common.Actor;
import org.deliberation.core.follow.FollowId;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.core.follow.command.StartFollowing;
import org.deliberation.core.follow.command.StopFollowing;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.limits.ActionLimit;
import org.deliberation.web.platform.limits.RateLimits;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Follows and unfollows, for the API and the pages alike. Any signed-in participant may follow anything public;
 * following is idempotent (the follow's own rules record nothing when nothing changes).
 */
@Service
public class FollowService {

  private final Commands commands;
  private final Targets targets;
  private final Followers followers;
  private final RateLimits limits;
  private final ActionLimit follows;

  public FollowService(
      Commands commands,
      Targets targets,
      Followers followers,
      RateLimits limits,
      DeliberationProperties properties) {
    this.commands = commands;
    this.targets = targets;
    this.followers = followers;
    this.limits = limits;
    this.follows = ActionLimit.of("follows", properties.limits().follows());
  }

  // Following and unfollowing are counted: each is an event, so toggling would grow the store.
  public Mono<FollowView> follow(Actor by, FollowTarget.Kind kind, String idOrSlug, boolean email) {
    return limits
        .take(follows, by)
        .then(targets.find(kind, idOrSlug))
        .flatMap(
            found ->
                once(new StartFollowing(new FollowId(by.id(), found.target()), email))
                    .then(Mono.just(view(found.target(), true, email))));
  }

  public Mono<FollowView> unfollow(Actor by, FollowTarget.Kind kind, String idOrSlug) {
    return limits
        .take(follows, by)
        .then(targets.find(kind, idOrSlug))
        .flatMap(found -> stop(new FollowId(by.id(), found.target())));
  }

  /** Stops a follow named by its identifier (an unsubscribe link names one). */
  public Mono<FollowView> stop(FollowId id) {
    return once(new StopFollowing(id)).then(Mono.just(view(id.target(), false, false)));
  }

  /** Where the caller stands with a target, as the read model knows it. */
  public Mono<FollowView> status(Actor by, FollowTarget target) {
    return Mono.fromCallable(
            () -> {
              var follower = followers.find(new FollowId(by.id(), target));
              return view(target, follower != null, follower != null && follower.email());
            })
        .subscribeOn(Schedulers.boundedElastic());
  }

  /**
   * Sends a command to a follow, once more if it lost the race to create the follow's stream: the gateway retries a
   * lost race on an existing stream itself, not on a new one. The second try finds the winner's follow, and its rules
   * record nothing more when the winner asked the same.
   */
  private Mono<Object> once(Object command) {
    return commands
        .send(command)
        .onErrorResume(AggregateStreamCreationException.class, lost -> commands.send(command));
  }

  private static FollowView view(FollowTarget target, boolean following, boolean email) {
    return new FollowView(target.kind().name(), target.id(), following, email);
  }
}
