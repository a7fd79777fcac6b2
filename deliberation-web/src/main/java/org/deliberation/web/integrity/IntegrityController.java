package org.deliberation.web.integrity;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.deliberation.core.common.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Coordinated accounts and invalidations over HTTP, for moderators and admins: the integrity report, a preview of the
 * synthesis without some accounts' votes, recording and reversing an invalidation, and the list of them.
 */
@RestController
public class IntegrityController {

  private final IntegrityService integrity;

  public IntegrityController(IntegrityService integrity) {
    this.integrity = integrity;
  }

  @GetMapping("/api/projects/{id}/integrity")
  public Mono<IntegrityView> report(@PathVariable String id, Actor caller) {
    return integrity.report(caller, id);
  }

  @GetMapping("/api/projects/{id}/invalidations")
  public Mono<List<InvalidationView>> invalidations(@PathVariable String id, Actor caller) {
    return integrity.invalidations(caller, id);
  }

  /** A preview answers 200 and records nothing; a confirmed invalidation answers 201. */
  @PostMapping("/api/projects/{id}/invalidations")
  public Mono<ResponseEntity<Object>> invalidate(
      @PathVariable String id, @Valid @RequestBody InvalidationRequest request, Actor caller) {
    var participants = Objects.requireNonNull(request.participants());
    if (Boolean.TRUE.equals(request.preview())) {
      return integrity
          .preview(caller, id, participants)
          .map(preview -> ResponseEntity.ok().<Object>body(preview));
    }
    var reason = request.reason() == null ? "" : request.reason();
    return integrity
        .invalidate(caller, id, participants, reason)
        .map(
            recorded ->
                ResponseEntity.status(HttpStatus.CREATED)
                    .location(URI.create("/api/projects/" + id + "/invalidations/" + recorded.id()))
                    .<Object>body(recorded));
  }

  @DeleteMapping("/api/projects/{id}/invalidations/{iid}")
  public Mono<ResponseEntity<Void>> reverse(
      @PathVariable String id, @PathVariable String iid, Actor caller) {
    return integrity.reverse(caller, id, iid).then(Mono.just(ResponseEntity.noContent().build()));
  }
}
