package org.deliberation.web.api.moderation;

import java.util.Comparator;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.Role;
import org.deliberation.web.deliberation.Deliberations;
import org.deliberation.web.deliberation.FlaggedStatement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The moderators' queue over every project: statements reported since their last decision, then hidden ones. The
 * decisions themselves go through {@code POST /api/projects/{id}/statements/{sid}/moderation}, which keeps them in
 * the statement's history.
 */
@RestController
public class ModerationController {

  private final Deliberations deliberations;

  public ModerationController(Deliberations deliberations) {
    this.deliberations = deliberations;
  }

  @GetMapping("/api/moderation/queue")
  public Mono<ModerationQueue> queue(Actor caller) {
    return Mono.fromRunnable(() -> caller.require("read the moderation queue", Role.MODERATOR, Role.ADMIN))
        .then(Mono.fromSupplier(() -> new ModerationQueue(deliberations.all().stream()
            .flatMap(project -> project.flagged().stream())
            .sorted(Comparator.comparing((FlaggedStatement item) -> item.statement().hidden())
                .thenComparing(Comparator.comparingInt((FlaggedStatement item) -> item.openFlags().size())
                    .reversed()))
            .toList())));
  }
}
