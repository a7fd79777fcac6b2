package org.deliberation.web.petition;

import org.deliberation.core.follow.FollowTarget;
import org.deliberation.web.notification.follow.FollowTargets;
import org.deliberation.web.notification.follow.FollowedTarget;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Petitions can be followed, by id: following, the petition's Atom feed and its follow button ask here. A hidden
 * petition is followed by no one new, as it is found by no one.
 */
@Component
class PetitionFollowTargets implements FollowTargets {

  private final Petitions petitions;

  PetitionFollowTargets(Petitions petitions) {
    this.petitions = petitions;
  }

  @Override
  public FollowTarget.Kind kind() {
    return FollowTarget.Kind.PETITION;
  }

  @Override
  public Mono<FollowedTarget> find(String id) {
    return Mono.fromCallable(() -> petitions.visible(id, null))
        .map(
            petition ->
                new FollowedTarget(
                    FollowTarget.petition(petition.id()),
                    petition.title(),
                    petition.language(),
                    "/petitions/" + petition.id()));
  }
}
