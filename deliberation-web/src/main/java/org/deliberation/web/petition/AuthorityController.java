package org.deliberation.web.petition;

import jakarta.validation.Valid;
import java.net.URI;
import org.deliberation.core.common.Actor;
import org.deliberation.web.petition.projection.AuthorityView;
import org.deliberation.web.petition.projection.PetitionView;
import org.deliberation.web.project.projection.ProjectView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Authorities over HTTP, and what their officials do with petitions: answer one, open a wikiproject from it, close
 * it. What each request does is {@link AuthorityService}'s.
 */
@RestController
public class AuthorityController {

  private final AuthorityService authorities;

  public AuthorityController(AuthorityService authorities) {
    this.authorities = authorities;
  }

  @PostMapping("/api/authorities")
  public Mono<ResponseEntity<AuthorityView>> create(
      @Valid @RequestBody CreateAuthorityRequest request, Actor caller) {
    return Mono.defer(() -> authorities.create(caller, request))
        .map(
            view -> ResponseEntity.created(URI.create("/api/authorities/" + view.id())).body(view));
  }

  @GetMapping("/api/authorities")
  public Mono<AuthorityList> list() {
    return Mono.fromSupplier(authorities::list);
  }

  @GetMapping("/api/authorities/{id}")
  public Mono<AuthorityView> read(@PathVariable String id) {
    return Mono.fromSupplier(() -> authorities.read(id));
  }

  @GetMapping("/api/authorities/{id}/agenda")
  public Mono<Agenda> agenda(@PathVariable String id) {
    return Mono.fromSupplier(() -> authorities.agenda(id));
  }

  @PostMapping("/api/petitions/{id}/response")
  public Mono<ResponseEntity<PetitionView>> answer(
      @PathVariable String id, @Valid @RequestBody AnswerRequest request, Actor caller) {
    return Mono.defer(() -> authorities.answer(caller, id, request.markdown()))
        .map(view -> ResponseEntity.created(URI.create("/api/petitions/" + id)).body(view));
  }

  @PostMapping("/api/petitions/{id}/project")
  public Mono<ResponseEntity<ProjectView>> openProject(@PathVariable String id, Actor caller) {
    return Mono.defer(() -> authorities.openProject(caller, id))
        .map(
            project ->
                ResponseEntity.created(URI.create("/api/projects/" + project.id())).body(project));
  }

  @PostMapping("/api/petitions/{id}/close")
  public Mono<PetitionView> close(
      @PathVariable String id, @Valid @RequestBody CloseRequest request, Actor caller) {
    return Mono.defer(() -> authorities.close(caller, id, request.reason()));
  }
}
