package org.deliberation.web.participant;

import jakarta.validation.Valid;
import java.net.URI;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.security.SessionAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Sign-up, sign-in, the caller's own account, roles and erasure. */
@RestController
public class ParticipantController {

  private final Participants participants;

  public ParticipantController(Participants participants) {
    this.participants = participants;
  }

  @PostMapping("/api/participants")
  public Mono<ResponseEntity<ParticipantView>> register(
      @Valid @RequestBody RegisterRequest request) {
    return participants
        .signUp(request)
        .map(
            account ->
                ResponseEntity.created(URI.create("/api/participants/" + account.id().value()))
                    .body(ParticipantView.of(account)));
  }

  @PostMapping("/api/tokens")
  public Mono<ResponseEntity<Object>> signIn(@Valid @RequestBody TokenRequest request) {
    return participants
        .signIn(request.email(), request.password())
        .<ResponseEntity<Object>>map(
            issued ->
                ResponseEntity.status(HttpStatus.CREATED)
                    .body(new TokenView(issued.token(), issued.expiresAt())))
        .switchIfEmpty(
            Mono.fromSupplier(
                () -> {
                  var problem =
                      ProblemDetail.forStatusAndDetail(
                          HttpStatus.UNAUTHORIZED,
                          "This e-mail and password do not match an account. Check them, or sign up.");
                  problem.setTitle("Sign-in failed");
                  return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                      .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                      .body(problem);
                }));
  }

  /** Signs out: the token that signed this request in (bearer or session cookie) stops working at once. */
  @DeleteMapping("/api/tokens")
  public Mono<ResponseEntity<Void>> signOut(SessionAuthentication session) {
    return participants
        .signOut(session.token())
        .then(Mono.just(ResponseEntity.noContent().build()));
  }

  @GetMapping("/api/participants/me")
  Mono<ParticipantView> me(Actor caller) {
    return participants.find(caller.id()).map(ParticipantView::of);
  }

  @PutMapping("/api/participants/{id}/roles")
  public Mono<ParticipantView> changeRoles(
      @PathVariable String id, @Valid @RequestBody RolesRequest request, Actor caller) {
    return Mono.defer(() -> participants.changeRoles(participantId(id), request.roles(), caller))
        .map(ParticipantView::of);
  }

  @DeleteMapping("/api/participants/{id}")
  Mono<ResponseEntity<Void>> erase(@PathVariable String id, Actor caller) {
    return Mono.defer(() -> participants.erase(participantId(id), caller))
        .then(Mono.just(ResponseEntity.noContent().build()));
  }

  private static ParticipantId participantId(String id) {
    if (id.isBlank() || id.length() > 64) {
      throw new BadRequestException("id", "is not a participant id");
    }
    return new ParticipantId(id);
  }
}
