package org.deliberation.web.project;

import java.util.UUID;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.project.command.ChangeStage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.core.project.command.PublishResponse;
import org.deliberation.core.project.command.SetReadabilityTarget;
import org.deliberation.core.readability.ReadingLevel;
import org.deliberation.web.deliberation.live.Activity;
import org.deliberation.web.deliberation.live.Deliberations;
import org.deliberation.web.deliberation.live.ProjectDeliberation;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.PayloadTooLargeException;
import org.deliberation.web.polis.PolisImporter;
import org.deliberation.web.project.projection.ProjectDirectory;
import org.deliberation.web.project.projection.ProjectQueries;
import org.deliberation.web.project.projection.ProjectView;
import org.deliberation.web.project.projection.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Wikiprojects, for the API and the pages alike: create, list, read, move through stages, publish responses. */
@Service
public class ProjectService {

  private final Commands commands;
  private final Projects projects;
  private final ProjectQueries queries;
  private final ProjectDirectory directory;
  private final DeliberationProperties properties;
  private final Deliberations deliberations;
  private final PolisImporter importer;

  public ProjectService(
      Commands commands,
      Projects projects,
      ProjectQueries queries,
      ProjectDirectory directory,
      DeliberationProperties properties,
      Deliberations deliberations,
      PolisImporter importer) {
    this.commands = commands;
    this.projects = projects;
    this.queries = queries;
    this.directory = directory;
    this.properties = properties;
    this.deliberations = deliberations;
    this.importer = importer;
  }

  /** Opens a wikiproject in its draft stage, under the slug asked for or one made from its title. */
  public Mono<ProjectView> create(Actor by, CreateProjectRequest request) {
    return create(by, request, null);
  }

  /** The same, opened from a petition, which the project then names (the petition names it in turn). */
  public Mono<ProjectView> create(
      Actor by, CreateProjectRequest request, @Nullable String petition) {
    // One petition, one project: its id follows from the petition's, so of two officials opening it
    // at once the
    // second collides in the store (a 409) instead of leaving a second project behind.
    var id =
        petition == null
            ? ProjectId.random()
            : new ProjectId(
                UUID.nameUUIDFromBytes(
                        ("petition:" + petition).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString());
    return Mono.fromRunnable(
            () -> by.require("create a wikiproject", Role.OFFICIAL, Role.MODERATOR, Role.ADMIN))
        .then(slugFor(request))
        .flatMap(
            slug ->
                directory
                    .reserve(slug, id)
                    .then(
                        commands.send(
                            new CreateProject(
                                id,
                                slug,
                                TextHygiene.nfc(request.title()).strip(),
                                TextHygiene.nfc(request.question()).strip(),
                                TextHygiene.nfc(request.authority()).strip(),
                                request.language(),
                                by,
                                petition)))
                    .onErrorResume(e -> directory.release(slug, id).then(Mono.error(e))))
        .then(projects.viewAfterChange(id));
  }

  // A chosen slug must be free; a slug made from the title gets a number when the title was used
  // before.
  private Mono<String> slugFor(CreateProjectRequest request) {
    if (request.slug() != null) {
      return Mono.just(request.slug());
    }
    return freeSlug(Slugs.fromTitle(request.title()), 1);
  }

  private Mono<String> freeSlug(String base, int attempt) {
    var candidate = attempt == 1 ? base : base + "-" + attempt;
    return directory
        .isTaken(candidate)
        .flatMap(
            taken ->
                !taken
                    ? Mono.just(candidate)
                    : attempt < 50
                        ? freeSlug(base, attempt + 1)
                        : Mono.just(base + "-" + UUID.randomUUID().toString().substring(0, 8)));
  }

  /** One page of the projects, each with its activity. */
  public Mono<ProjectList> list(int limit, @Nullable String cursor) {
    if (limit < 1 || limit > 200) {
      throw new BadRequestException("limit", "must be between 1 and 200");
    }
    // The counts come from the live deliberations in memory: a list of 200 projects reads nothing
    // more.
    return queries
        .list(limit, cursor)
        .map(
            page ->
                new ProjectList(
                    page.items().stream()
                        .map(
                            project ->
                                new ProjectListItem(
                                    project,
                                    deliberations
                                        .find(project.id())
                                        .map(ProjectDeliberation::activity)
                                        .orElse(Activity.NONE)))
                        .toList(),
                    page.next()));
  }

  /** The project an id or a slug names, as it stands now. */
  public Mono<ProjectView> read(String idOrSlug) {
    return projects.read(idOrSlug);
  }

  /** The project, and the Pol.is import it holds, if any: until that import is done, its statements are partial. */
  public Mono<ProjectDetail> detail(String idOrSlug) {
    return projects
        .resolve(idOrSlug)
        .flatMap(
            project ->
                projects
                    .view(project)
                    .zipWith(
                        Mono.fromCallable(() -> importer.status(project))
                            .subscribeOn(Schedulers.boundedElastic()))
                    .map(
                        viewAndImport ->
                            new ProjectDetail(
                                viewAndImport.getT1(), viewAndImport.getT2().orElse(null))));
  }

  public Mono<ProjectView> changeStage(Actor by, String idOrSlug, StageRequest request) {
    // Votes stop the moment the change is stored, before the live state shows it: the change gate
    // sees to it.
    return projects
        .resolve(idOrSlug)
        .flatMap(
            project ->
                commands
                    .send(
                        new ChangeStage(project, request.stage(), blankToNull(request.note()), by))
                    .then(projects.viewAfterChange(project)));
  }

  /** Sets the reading level the project's pages should reach; the pages harder to read are marked. */
  public Mono<ProjectView> setReadabilityTarget(
      Actor by, String idOrSlug, ReadabilityTargetRequest request) {
    return readabilityTarget(by, idOrSlug, request.level());
  }

  /** Takes the project's readability target away: no page is marked "hard to read" any more. */
  public Mono<ProjectView> clearReadabilityTarget(Actor by, String idOrSlug) {
    return readabilityTarget(by, idOrSlug, null);
  }

  private Mono<ProjectView> readabilityTarget(
      Actor by, String idOrSlug, @Nullable ReadingLevel level) {
    return projects
        .resolve(idOrSlug)
        .flatMap(
            project ->
                commands
                    .send(new SetReadabilityTarget(project, level, by))
                    .then(projects.viewAfterChange(project)));
  }

  /** Refuses (413) a response longer than a page may be. */
  private void requireWithinLimit(String markdown) {
    if (!properties.limits().fits(markdown)) {
      throw new PayloadTooLargeException(
          "A response may hold at most "
              + properties.limits().pageBytes()
              + " bytes of Markdown; shorten it or link to a document.");
    }
  }

  /** Publishes the authority's answer on the project. */
  public Mono<ProjectView.Response> respond(Actor by, String idOrSlug, ResponseRequest request) {
    requireWithinLimit(request.markdown());
    var responseId = UUID.randomUUID().toString();
    return projects
        .resolve(idOrSlug)
        .flatMap(
            project ->
                commands
                    .send(new PublishResponse(project, responseId, request.markdown(), by))
                    .then(projects.viewAfterChange(project)))
        .map(
            view ->
                view.responses().stream()
                    .filter(r -> r.id().equals(responseId))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new NotFoundException(
                                "The response was not found after publishing it.")));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : TextHygiene.nfc(text).strip();
  }
}
