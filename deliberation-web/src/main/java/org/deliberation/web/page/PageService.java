package org.deliberation.web.page;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.page.EditConflictException;
import org.deliberation.core.page.PageRevision;
import org.deliberation.core.page.RevisionNotFoundException;
import org.deliberation.core.page.command.CreatePage;
import org.deliberation.core.page.command.EditPage;
import org.deliberation.core.page.command.RevertPage;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.http.PayloadTooLargeException;
import org.deliberation.web.platform.http.PreconditionFailedException;
import org.deliberation.web.platform.http.PreconditionRequiredException;
import org.deliberation.web.platform.limits.ActionLimit;
import org.deliberation.web.platform.limits.RateLimits;
import org.deliberation.web.project.projection.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reading and editing a project's pages, for the API and the editor alike. An edit names the revision it started
 * from; the page aggregate merges it with newer revisions or refuses it with the conflicting hunks
 * ({@link PageConflictException}). Reads come from the page's event stream, so a page shows its latest edit the
 * moment the edit is acknowledged.
 */
@Service
public class PageService {

  private final Commands commands;
  private final Projects projects;
  private final StatementLookup lookup;
  private final PageQueries pages;
  private final PageHistory history;
  private final PageViewCache cache;
  private final PageReads reads;
  private final DeliberationProperties properties;
  private final RateLimits limits;
  private final ActionLimit edits;

  public PageService(
      Commands commands,
      Projects projects,
      StatementLookup lookup,
      PageQueries pages,
      ParticipantAccounts accounts,
      PageReadability readability,
      PageViewCache cache,
      PageReads reads,
      DeliberationProperties properties,
      RateLimits limits) {
    this.commands = commands;
    this.projects = projects;
    this.lookup = lookup;
    this.pages = pages;
    this.history = new PageHistory(accounts, readability);
    this.cache = cache;
    this.reads = reads;
    this.properties = properties;
    this.limits = limits;
    this.edits = ActionLimit.of("edits", properties.limits().edits());
  }

  /**
   * Saves a page: creates it when {@code base} is null and the page does not exist yet, otherwise edits it from
   * revision {@code base}. An existing page edited without a base is refused (428), as is an unknown base (412).
   */
  public Mono<PageEdit> save(
      Actor by,
      String project,
      String page,
      @Nullable Integer base,
      String text,
      @Nullable String comment) {
    var name = PageNames.requireValid(page);
    requireWithinLimit(text);
    var note = comment == null ? "" : TextHygiene.nfc(comment).strip();
    return limits
        .take(edits, by)
        .then(lookup.project(project))
        .flatMap(
            context -> {
              var pageId = new PageId(new ProjectId(context.project()), name);
              if (base == null) {
                return pages
                    .revisions(pageId)
                    .flatMap(
                        existing ->
                            existing.isEmpty()
                                ? commands
                                    .send(new CreatePage(pageId, text, note, context.stage(), by))
                                    .onErrorMap(
                                        AggregateStreamCreationException.class,
                                        e -> ifMatchRequired(pageId, null))
                                    .then(Mono.just(new PageEdit(pageId, 1, false, true)))
                                    .doOnNext(this::acknowledged)
                                : Mono.error(ifMatchRequired(pageId, existing.size())));
              }
              return commands
                  .<PageRevision>send(new EditPage(pageId, base, text, note, context.stage(), by))
                  .onErrorResume(
                      EditConflictException.class,
                      e ->
                          pages
                              .existing(pageId)
                              .flatMap(
                                  existing -> Mono.error(PageConflictException.of(e, existing))))
                  .onErrorResume(
                      RevisionNotFoundException.class,
                      e ->
                          pages
                              .existing(pageId)
                              .flatMap(
                                  existing ->
                                      Mono.error(
                                          new PreconditionFailedException(
                                              e.getMessage()
                                                  + " Reload the page and edit its latest revision.",
                                              Map.of("latestRevision", existing.size())))))
                  .map(result -> new PageEdit(pageId, result.revision(), result.merged(), false))
                  .doOnNext(this::acknowledged);
            });
  }

  // Before the answer: this node's next read of the page shows the edit, without waiting for the
  // event to come round.
  private void acknowledged(PageEdit edit) {
    cache.reached(edit.page(), edit.revision());
  }

  /** Puts a page back as it stood at {@code revision}, as a new revision. */
  public Mono<PageEdit> revert(
      Actor by, String project, String page, int revision, @Nullable String comment) {
    var name = PageNames.requireValid(page);
    var note =
        comment == null || comment.isBlank()
            ? "Reverted to revision " + revision
            : TextHygiene.nfc(comment).strip();
    return limits
        .take(edits, by)
        .then(lookup.project(project))
        .flatMap(
            context -> {
              var pageId = new PageId(new ProjectId(context.project()), name);
              return commands
                  .<PageRevision>send(new RevertPage(pageId, revision, note, context.stage(), by))
                  .map(result -> new PageEdit(pageId, result.revision(), false, false))
                  .doOnNext(this::acknowledged);
            });
  }

  /** Refuses (413) a page text longer than the configured limit: for an edit, and for its preview in the editor. */
  public void requireWithinLimit(String text) {
    if (!properties.limits().fits(text)) {
      throw new PayloadTooLargeException(
          "A page may hold at most "
              + properties.limits().pageBytes()
              + " bytes of Markdown. Split it into several pages.");
    }
  }

  /** The page now, or as it stood at {@code at}. */
  public Mono<PageView> read(String project, String page, @Nullable Instant at) {
    return read(project, page, at, 0);
  }

  /**
   * The page now, or as it stood at {@code at}; the latest from this node's cache unless the reader knows of a
   * revision newer than the one kept ({@code atLeast}: the ETag it sends back, 0 when none).
   */
  public Mono<PageView> read(String project, String page, @Nullable Instant at, int atLeast) {
    return pageId(project, page).flatMap(pageId -> reads.read(pageId, at, atLeast));
  }

  public Mono<PageView> revision(String project, String page, int revision) {
    return pageId(project, page)
        .flatMap(
            pageId ->
                pages
                    .existing(pageId)
                    .flatMap(
                        all ->
                            reads.view(pageId, all, PageQueries.revision(pageId, all, revision))));
  }

  /** The page's revisions, newest first, each with its readability and how the edit changed it. */
  public Mono<HistoryView> history(String project, String page) {
    return pageId(project, page)
        .flatMap(
            pageId ->
                Mono.zip(pages.existing(pageId), projects.language(pageId.project()))
                    .flatMap(found -> history.of(pageId, found.getT1(), found.getT2())));
  }

  /** Two revisions of a page, by default the latest and the one before it. */
  public Mono<PageComparison> compare(
      String project, String page, @Nullable Integer from, @Nullable Integer to) {
    return pageId(project, page)
        .flatMap(
            pageId ->
                pages
                    .existing(pageId)
                    .map(
                        revisions -> {
                          int toRevision = to == null ? revisions.size() : to;
                          int fromRevision = from == null ? Math.max(1, toRevision - 1) : from;
                          return new PageComparison(
                              page,
                              fromRevision,
                              PageQueries.revision(pageId, revisions, fromRevision).markdown(),
                              toRevision,
                              PageQueries.revision(pageId, revisions, toRevision).markdown());
                        }));
  }

  private Mono<PageId> pageId(String project, String page) {
    return Mono.fromCallable(() -> PageNames.requireReadable(page))
        .flatMap(name -> projects.resolve(project).map(id -> new PageId(id, name)));
  }

  private static PreconditionRequiredException ifMatchRequired(
      PageId page, @Nullable Integer latest) {
    return new PreconditionRequiredException(
        "Page '"
            + page.name()
            + "' already exists"
            + (latest == null ? "" : " (revision " + latest + ")")
            + ". To change it, send If-Match with the revision "
            + "your edit started from, as given by the page's ETag.");
  }
}
