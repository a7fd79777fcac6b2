package org.deliberation.web.project;

import jakarta.validation.Valid;
import java.net.URI;
import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.http.EntityTags;
import org.deliberation.web.project.projection.ProjectView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Wikiprojects over HTTP; what each request does is {@link ProjectService}'s. */
@RestController
public class ProjectController {

  private final ProjectService projects;
  private final JsonMapper json;

  public ProjectController(ProjectService projects, JsonMapper json) {
    this.projects = projects;
    this.json = json;
  }

  @PostMapping("/api/projects")
  public Mono<ResponseEntity<ProjectView>> create(
      @Valid @RequestBody CreateProjectRequest request, Actor caller) {
    return projects
        .create(caller, request)
        .map(view -> ResponseEntity.created(URI.create("/api/projects/" + view.id())).body(view));
  }

  @GetMapping("/api/projects")
  public Mono<ProjectList> list(
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Nullable String cursor) {
    return projects.list(limit, cursor);
  }

  /** Tagged by its bytes: the project, its pages and its import change it, each in its own way. */
  @GetMapping("/api/projects/{id}")
  public Mono<ResponseEntity<byte[]>> detail(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
          @Nullable String ifNoneMatch) {
    return projects
        .detail(id)
        .map(detail -> EntityTags.json(json, detail, EntityTags.REVALIDATE, ifNoneMatch));
  }

  @PostMapping("/api/projects/{id}/stage")
  public Mono<ProjectView> changeStage(
      @PathVariable String id, @Valid @RequestBody StageRequest request, Actor caller) {
    return projects.changeStage(caller, id, request);
  }

  @PutMapping("/api/projects/{id}/readability-target")
  public Mono<ProjectView> setReadabilityTarget(
      @PathVariable String id, @Valid @RequestBody ReadabilityTargetRequest request, Actor caller) {
    return projects.setReadabilityTarget(caller, id, request);
  }

  @DeleteMapping("/api/projects/{id}/readability-target")
  public Mono<ProjectView> clearReadabilityTarget(@PathVariable String id, Actor caller) {
    return projects.clearReadabilityTarget(caller, id);
  }

  @PostMapping("/api/projects/{id}/responses")
  public Mono<ResponseEntity<ProjectView.Response>> respond(
      @PathVariable String id, @Valid @RequestBody ResponseRequest request, Actor caller) {
    return projects
        .respond(caller, id, request)
        .map(
            response ->
                ResponseEntity.created(
                        URI.create("/api/projects/" + id + "/responses/" + response.id()))
                    .body(response));
  }
}
