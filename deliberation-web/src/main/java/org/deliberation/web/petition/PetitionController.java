package org.deliberation.web.petition;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.deliberation.core.common.Actor;
import org.deliberation.web.petition.projection.PetitionView;
import org.deliberation.web.petition.projection.SignatureInvalidation;
import org.deliberation.web.platform.stream.EventStreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Petitions over HTTP; what each request does is {@link PetitionService}'s. */
@RestController
public class PetitionController {

  private final PetitionService petitions;

  public PetitionController(PetitionService petitions) {
    this.petitions = petitions;
  }

  @PostMapping("/api/petitions")
  public Mono<ResponseEntity<PetitionView>> open(
      @Valid @RequestBody OpenPetitionRequest request, Actor caller) {
    return Mono.defer(() -> petitions.open(caller, request))
        .map(view -> ResponseEntity.created(URI.create("/api/petitions/" + view.id())).body(view));
  }

  @GetMapping("/api/petitions")
  public Mono<PetitionList> list(
      @RequestParam(required = false) @Nullable String authority,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Nullable String cursor) {
    return Mono.fromSupplier(() -> petitions.list(authority, state, limit, cursor));
  }

  @GetMapping("/api/petitions/{id}")
  public Mono<PetitionView> read(@PathVariable String id, @Nullable Actor caller) {
    return Mono.fromSupplier(() -> petitions.read(id, caller));
  }

  @GetMapping("/api/petitions/{id}/signature")
  public Mono<SignatureView> signature(@PathVariable String id, Actor caller) {
    return Mono.fromSupplier(() -> petitions.signature(caller, id));
  }

  /** Idempotent: signing again answers the same, and records nothing. */
  @PutMapping("/api/petitions/{id}/signature")
  public Mono<SignatureView> sign(@PathVariable String id, Actor caller) {
    return Mono.defer(() -> petitions.sign(caller, id));
  }

  @DeleteMapping("/api/petitions/{id}/signature")
  public Mono<SignatureView> withdraw(@PathVariable String id, Actor caller) {
    return Mono.defer(() -> petitions.withdraw(caller, id));
  }

  /** The live count: a {@code signatures} event now, then one at every change, each with its position as id. */
  @GetMapping(path = "/api/petitions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<Object>> stream(@PathVariable String id, ServerWebExchange exchange) {
    return Flux.defer(
        () -> {
          var after = EventStreamSupport.lastEventId(exchange);
          return EventStreamSupport.withKeepAlive(
              petitions.stream(id, after, EventStreamSupport.BUFFER)
                  .map(
                      positioned ->
                          ServerSentEvent.<Object>builder(positioned.count())
                              .id(Long.toString(positioned.position()))
                              .event("signatures")
                              .build()));
        });
  }

  @PostMapping("/api/petitions/{id}/moderation")
  public Mono<PetitionView> moderate(
      @PathVariable String id,
      @Valid @RequestBody PetitionModerationRequest request,
      Actor caller) {
    return Mono.defer(() -> petitions.moderate(caller, id, request));
  }

  @GetMapping("/api/petitions/{id}/invalidations")
  public Mono<List<SignatureInvalidation>> invalidations(@PathVariable String id, Actor caller) {
    return Mono.fromSupplier(() -> petitions.invalidations(caller, id));
  }

  /** A preview answers 200 and records nothing; a confirmed invalidation answers 201. */
  @PostMapping("/api/petitions/{id}/invalidations")
  public Mono<ResponseEntity<Object>> invalidate(
      @PathVariable String id,
      @Valid @RequestBody SignatureInvalidationRequest request,
      Actor caller) {
    var participants = Objects.requireNonNull(request.participants());
    if (Boolean.TRUE.equals(request.preview())) {
      return Mono.fromSupplier(
          () -> ResponseEntity.ok().<Object>body(petitions.preview(caller, id, participants)));
    }
    var reason = request.reason() == null ? "" : request.reason();
    return Mono.defer(() -> petitions.invalidate(caller, id, participants, reason))
        .map(
            recorded ->
                ResponseEntity.status(HttpStatus.CREATED)
                    .location(
                        URI.create("/api/petitions/" + id + "/invalidations/" + recorded.id()))
                    .<Object>body(recorded));
  }
}
