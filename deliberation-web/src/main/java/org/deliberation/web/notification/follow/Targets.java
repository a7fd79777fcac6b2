package org.deliberation.web.notification.follow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.follow.FollowTarget;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Every followable kind that a feature declared, by kind. */
@Component
public class Targets {

  private final Map<FollowTarget.Kind, FollowTargets> byKind =
      new EnumMap<>(FollowTarget.Kind.class);

  public Targets(List<FollowTargets> kinds) {
    kinds.forEach(kind -> byKind.put(kind.kind(), kind));
  }

  /** The thing of this kind an id or slug names; a 404 problem when there is none, or when the kind is not served. */
  public Mono<FollowedTarget> find(FollowTarget.Kind kind, String idOrSlug) {
    var targets = byKind.get(kind);
    if (targets == null) {
      return Mono.error(
          new NotFoundException(
              "There is no "
                  + kind.name().toLowerCase(java.util.Locale.ROOT)
                  + " '"
                  + idOrSlug
                  + "' on this server."));
    }
    return targets.find(idOrSlug);
  }
}
