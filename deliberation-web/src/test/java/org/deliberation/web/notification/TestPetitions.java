package org.deliberation.web.notification;

import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.web.notification.follow.FollowTargets;
import org.deliberation.web.notification.follow.FollowedTarget;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/** The petitions' feature, as far as following needs it: one petition, in French. */
@TestConfiguration
class TestPetitions {

  @Bean
  FollowTargets petitions() {
    return new FollowTargets() {
      @Override
      public FollowTarget.Kind kind() {
        return FollowTarget.Kind.PETITION;
      }

      @Override
      public Mono<FollowedTarget> find(String id) {
        return NotificationTestSupport.PETITION.equals(id)
            ? Mono.just(
                new FollowedTarget(
                    FollowTarget.petition(id), "Une piste cyclable", "fr", "/petitions/" + id))
            : Mono.error(new NotFoundException("There is no petition '" + id + "'."));
      }
    };
  }
}
