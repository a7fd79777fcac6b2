package org.deliberation.web.api.project;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.project.command.ChangeStage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.core.project.command.PublishResponse;
import org.deliberation.web.api.problem.BadRequestException;
import org.deliberation.web.api.problem.PayloadTooLargeException;
import org.deliberation.web.api.security.Authentication;
import org.deliberation.web.axon.Commands;
import org.deliberation.web.config.DeliberationProperties;
import org.deliberation.web.deliberation.Activity;
import org.deliberation.web.deliberation.Deliberations;
import org.deliberation.web.deliberation.ProjectDeliberation;
import org.deliberation.web.polis.PolisImporter;
import org.deliberation.web.readmodel.project.ProjectDirectory;
import org.deliberation.web.readmodel.project.ProjectQueries;
import org.deliberation.web.readmodel.project.ProjectView;
import org.deliberation.core.common.TextHygiene;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Wikiprojects: create, list, read, move through stages, publish responses. */
@RestController
public class ProjectController {

  private final Commands commands;
  private final Projects projects;
  private final ProjectQueries queries;
  private final ProjectDirectory directory;
  private final MarkdownRenderer markdown;
  private final DeliberationProperties properties;
  private final Deliberations deliberations;
  private final PolisImporter importer;

  public ProjectController(Commands commands, Projects projects, ProjectQueries queries, ProjectDirectory directory,
      MarkdownRenderer markdown, DeliberationProperties properties, Deliberations deliberations,
      PolisImporter importer) {
    this.commands = commands;
    this.projects = projects;
    this.queries = queries;
    this.directory = directory;
    this.markdown = markdown;
    this.properties = properties;
    this.deliberations = deliberations;
    this.importer = importer;
  }

  @PostMapping("/api/projects")
  public Mono<ResponseEntity<ProjectView>> create(@Valid @RequestBody CreateProjectRequest request,
      ServerWebExchange exchange) {
    var id = ProjectId.random();
    return Authentication.required(exchange)
        .doOnNext(actor -> actor.require("create a wikiproject", Role.OFFICIAL, Role.MODERATOR, Role.ADMIN))
        .flatMap(actor -> slugFor(request).flatMap(slug -> directory.reserve(slug, id)
            .then(commands.send(new CreateProject(id, slug, TextHygiene.nfc(request.title()).strip(),
                TextHygiene.nfc(request.question()).strip(), TextHygiene.nfc(request.authority()).strip(),
                request.language(), actor)))
            .onErrorResume(e -> directory.release(slug, id).then(Mono.error(e)))))
        .then(Mono.defer(() -> projects.view(id)))
        .map(view -> ResponseEntity.created(URI.create("/api/projects/" + view.id())).body(view));
  }

  // A chosen slug must be free; a slug made from the title gets a number when the title was used before.
  private Mono<String> slugFor(CreateProjectRequest request) {
    if (request.slug() != null) {
      return Mono.just(request.slug());
    }
    var base = Slugs.fromTitle(request.title());
    return freeSlug(base, 1);
  }

  private Mono<String> freeSlug(String base, int attempt) {
    var candidate = attempt == 1 ? base : base + "-" + attempt;
    return directory.isTaken(candidate).flatMap(taken -> !taken ? Mono.just(candidate)
        : attempt < 50 ? freeSlug(base, attempt + 1)
        : Mono.just(base + "-" + UUID.randomUUID().toString().substring(0, 8)));
  }

  @GetMapping("/api/projects")
  public Mono<ProjectList> list(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable
      String cursor) {
    if (limit < 1 || limit > 200) {
      throw new BadRequestException("limit", "must be between 1 and 200");
    }
    // The counts come from the live deliberations in memory: a list of 200 projects reads nothing more.
    return queries.list(limit, cursor).map(page -> new ProjectList(page.items().stream()
        .map(project -> new ProjectListItem(project,
            deliberations.find(project.id()).map(ProjectDeliberation::activity).orElse(Activity.NONE)))
        .toList(), page.next()));
  }

  /** The project, and the Pol.is import it holds, if any: until that import is done, its statements are partial. */
  @GetMapping("/api/projects/{id}")
  public Mono<ProjectDetail> detail(@PathVariable String id) {
    return projects.resolve(id).flatMap(project -> projects.view(project)
        .zipWith(Mono.fromCallable(() -> importer.status(project)).subscribeOn(Schedulers.boundedElastic()))
        .map(viewAndImport -> new ProjectDetail(viewAndImport.getT1(), viewAndImport.getT2().orElse(null))));
  }

  /** The project's view, as the web pages show it. */
  public Mono<ProjectView> read(String id) {
    return projects.resolve(id).flatMap(projects::view);
  }

  @PostMapping("/api/projects/{id}/stage")
  public Mono<ProjectView> changeStage(@PathVariable String id, @Valid @RequestBody StageRequest request,
      ServerWebExchange exchange) {
    return Authentication.required(exchange)
        .zipWith(projects.resolve(id))
        // Votes stop the moment the change is stored, before the live state shows it: the change gate sees to it.
        .flatMap(callerAndProject -> commands.send(new ChangeStage(callerAndProject.getT2(), request.stage(),
                blankToNull(request.note()), callerAndProject.getT1()))
            .then(Mono.defer(() -> projects.view(callerAndProject.getT2()))));
  }

  @PostMapping("/api/projects/{id}/responses")
  public Mono<ResponseEntity<ProjectView.Response>> respond(@PathVariable String id,
      @Valid @RequestBody ResponseRequest request, ServerWebExchange exchange) {
    if (!properties.limits().fits(request.markdown())) {
      throw new PayloadTooLargeException("A response may hold at most " + properties.limits().pageBytes()
          + " bytes of Markdown; shorten it or link to a document.");
    }
    var responseId = UUID.randomUUID().toString();
    return Authentication.required(exchange)
        .zipWith(projects.resolve(id))
        .flatMap(callerAndProject -> send(callerAndProject.getT2(), responseId, request.markdown(),
            callerAndProject.getT1()))
        .then(Mono.defer(() -> projects.resolve(id).flatMap(projects::view)))
        .map(view -> view.responses().stream().filter(r -> r.id().equals(responseId)).findFirst()
            .orElseThrow(() -> new NotFoundException("The response was not found after publishing it.")))
        .map(response -> ResponseEntity.created(URI.create("/api/projects/" + id + "/responses/" + responseId))
            .body(response));
  }

  private Mono<Object> send(ProjectId project, String responseId, String text, Actor by) {
    return commands.send(new PublishResponse(project, responseId, text, by));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : TextHygiene.nfc(text).strip();
  }
}
