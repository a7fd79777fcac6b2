package org.deliberation.web.deliberation.moderation;

import jakarta.validation.Valid;
import org.deliberation.core.common.Actor;
import org.deliberation.web.deliberation.live.StatementView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Moderation over HTTP: reports, the moderators' decisions (kept in the statement's history), and the moderators'
 * queue over every project: statements reported since their last decision, then hidden ones.
 */
@RestController
public class ModerationController {

  private final ModerationService moderation;

  public ModerationController(ModerationService moderation) {
    this.moderation = moderation;
  }

  @PostMapping("/api/projects/{id}/statements/{sid}/flags")
  public Mono<ResponseEntity<Void>> flag(
      @PathVariable String id,
      @PathVariable String sid,
      @Valid @RequestBody FlagRequest request,
      Actor caller) {
    return moderation
        .flag(caller, id, sid, request)
        .then(Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build()));
  }

  @PostMapping("/api/projects/{id}/statements/{sid}/moderation")
  public Mono<StatementView> moderate(
      @PathVariable String id,
      @PathVariable String sid,
      @Valid @RequestBody ModerationRequest request,
      Actor caller) {
    return moderation.moderate(caller, id, sid, request);
  }

  @GetMapping("/api/moderation/queue")
  public Mono<ModerationQueue> queue(Actor caller) {
    return Mono.fromCallable(() -> moderation.queue(caller));
  }
}
