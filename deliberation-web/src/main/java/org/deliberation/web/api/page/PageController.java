package org.deliberation.web.api.page;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.markdown.TextDiff;
import org.deliberation.core.page.EditConflictException;
import org.deliberation.core.page.PageRevision;
import org.deliberation.core.page.RevisionNotFoundException;
import org.deliberation.core.page.command.CreatePage;
import org.deliberation.core.page.command.EditPage;
import org.deliberation.core.page.command.RevertPage;
import org.deliberation.web.api.problem.BadRequestException;
import org.deliberation.web.api.problem.InstantParameter;
import org.deliberation.web.api.problem.PayloadTooLargeException;
import org.deliberation.web.api.problem.PreconditionFailedException;
import org.deliberation.web.api.problem.PreconditionRequiredException;
import org.deliberation.web.api.project.Projects;
import org.deliberation.web.api.statement.StatementLookup;
import org.deliberation.web.axon.Commands;
import org.deliberation.web.config.DeliberationProperties;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.readmodel.page.PageQueries;
import org.deliberation.web.readmodel.page.PageRevisionView;
import org.deliberation.core.common.TextHygiene;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The pages of a project. An edit names the revision it started from in {@code If-Match}; the page aggregate merges
 * it with newer revisions or refuses it with the conflicting hunks (412). Reads come from the page's event stream,
 * so a page shows its latest edit the moment the edit is acknowledged.
 */
@RestController
public class PageController {

  private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");
  private static final MediaType TEXT_DIFF = MediaType.parseMediaType("text/x-diff");

  private final Commands commands;
  private final Projects projects;
  private final StatementLookup lookup;
  private final PageQueries pages;
  private final ParticipantAccounts accounts;
  private final MarkdownRenderer markdown;
  private final DeliberationProperties properties;

  public PageController(Commands commands, Projects projects, StatementLookup lookup, PageQueries pages,
      ParticipantAccounts accounts, MarkdownRenderer markdown, DeliberationProperties properties) {
    this.commands = commands;
    this.projects = projects;
    this.lookup = lookup;
    this.pages = pages;
    this.accounts = accounts;
    this.markdown = markdown;
    this.properties = properties;
  }

  @PutMapping("/api/projects/{id}/pages/{page}")
  public Mono<ResponseEntity<EditResult>> put(@PathVariable String id, @PathVariable String page,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @Valid @RequestBody EditPageRequest request, Actor caller) {
    var name = pageName(page);
    requireWithinLimit(request.markdown());
    var comment = request.comment() == null ? "" : TextHygiene.nfc(request.comment()).strip();
    return lookup.project(id).flatMap(project -> {
      var stage = project.stage();
      var pageId = new PageId(new ProjectId(project.project()), name);
      if (ifMatch == null) {
        return pages.revisions(pageId).flatMap(existing -> existing.isEmpty()
            ? commands.send(new CreatePage(pageId, request.markdown(), comment, stage, caller))
                .onErrorMap(AggregateStreamCreationException.class, e -> ifMatchRequired(pageId, null))
                .then(Mono.just(ResponseEntity.created(URI.create(pagePath(pageId)))
                    .eTag(etag(1)).body(new EditResult(1, false))))
            : Mono.error(ifMatchRequired(pageId, existing.size())));
      }
      return commands.<PageRevision>send(new EditPage(pageId, baseRevision(ifMatch), request.markdown(), comment,
              stage, caller))
          .onErrorResume(EditConflictException.class, e -> pages.existing(pageId)
              .flatMap(existing -> Mono.error(conflict(e, existing))))
          .onErrorResume(RevisionNotFoundException.class, e -> pages.existing(pageId)
              .flatMap(existing -> Mono.error(new PreconditionFailedException(e.getMessage()
                  + " Reload the page and edit its latest revision.", Map.of("latestRevision", existing.size())))))
          .map(result -> ResponseEntity.ok().eTag(etag(result.revision()))
              .body(new EditResult(result.revision(), result.merged())));
    });
  }

  /** Refuses (413) a page text longer than the configured limit: for an edit, and for its preview on the page. */
  public void requireWithinLimit(String markdown) {
    if (!properties.limits().fits(markdown)) {
      throw new PayloadTooLargeException("A page may hold at most " + properties.limits().pageBytes()
          + " bytes of Markdown. Split it into several pages.");
    }
  }

  @GetMapping("/api/projects/{id}/pages/{page}")
  public Mono<ResponseEntity<PageView>> read(@PathVariable String id, @PathVariable String page,
      @RequestParam(required = false) @Nullable String at) {
    var instant = at == null ? null : InstantParameter.parse("at", at);
    return pageId(id, page)
        .flatMap(pageId -> pages.existing(pageId).flatMap(all -> view(pageId, all,
            instant == null ? all.getLast() : PageQueries.at(pageId, all, instant))))
        .map(view -> ResponseEntity.ok().eTag(etag(view.revision())).body(view));
  }

  @GetMapping("/api/projects/{id}/pages/{page}/revisions/{revision}")
  public Mono<ResponseEntity<PageView>> revision(@PathVariable String id, @PathVariable String page,
      @PathVariable int revision) {
    return pageId(id, page)
        .flatMap(pageId -> pages.existing(pageId).flatMap(all -> view(pageId, all,
            PageQueries.revision(pageId, all, revision))))
        .map(view -> ResponseEntity.ok().eTag(etag(view.revision())).body(view));
  }

  @GetMapping("/api/projects/{id}/pages/{page}/history")
  public Mono<HistoryView> history(@PathVariable String id, @PathVariable String page) {
    return pageId(id, page).flatMap(pages::existing).flatMap(revisions -> accounts
        .displayNames(revisions.stream().map(PageRevisionView::author).toList())
        .map(names -> {
          var items = new ArrayList<HistoryView.Item>(revisions.size());
          String previous = "";
          for (var revision : revisions) {
            var counts = TextDiff.count(previous, revision.markdown());
            var name = names.get(revision.author());
            boolean erased = ParticipantAccounts.FORMER_PARTICIPANT.equals(name);
            items.add(new HistoryView.Item(revision.revision(), name, erased ? null : revision.author().value(),
                revision.comment(), revision.at(), counts.added(), counts.removed(), revision.kind(),
                revision.merged()));
            previous = revision.markdown();
          }
          return new HistoryView(items.reversed());
        }));
  }

  @GetMapping("/api/projects/{id}/pages/{page}/diff")
  public Mono<ResponseEntity<?>> diff(@PathVariable String id, @PathVariable String page,
      @RequestParam(required = false) @Nullable Integer from, @RequestParam(required = false) @Nullable Integer to,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
    boolean unified = accept != null && MediaType.parseMediaTypes(accept).stream()
        .anyMatch(type -> type.isCompatibleWith(TEXT_DIFF) && !type.isWildcardType());
    return pageId(id, page).flatMap(pageId -> pages.existing(pageId).map(revisions -> {
      int latest = revisions.size();
      int toRevision = to == null ? latest : to;
      int fromRevision = from == null ? Math.max(1, toRevision - 1) : from;
      var a = PageQueries.revision(pageId, revisions, fromRevision).markdown();
      var b = PageQueries.revision(pageId, revisions, toRevision).markdown();
      if (unified) {
        return ResponseEntity.ok().contentType(TEXT_DIFF)
            .body(TextDiff.unified(page + "@" + fromRevision, a, page + "@" + toRevision, b));
      }
      return ResponseEntity.ok().body(new DiffView(fromRevision, toRevision, TextDiff.hunks(a, b)));
    }));
  }

  @PostMapping("/api/projects/{id}/pages/{page}/revert")
  Mono<ResponseEntity<EditResult>> revert(@PathVariable String id, @PathVariable String page,
      @Valid @RequestBody RevertRequest request, Actor caller) {
    var name = pageName(page);
    var comment = request.comment() == null || request.comment().isBlank()
        ? "Reverted to revision " + request.revision()
        : TextHygiene.nfc(request.comment()).strip();
    return lookup.project(id)
        .flatMap(project -> commands.<PageRevision>send(new RevertPage(
            new PageId(new ProjectId(project.project()), name), request.revision(), comment,
            project.stage(), caller)))
        .map(result -> ResponseEntity.ok().eTag(etag(result.revision()))
            .body(new EditResult(result.revision(), false)));
  }

  private Mono<PageView> view(PageId pageId, List<PageRevisionView> all, PageRevisionView shown) {
    return Mono.defer(() -> {
      var authors = new LinkedHashSet<ParticipantId>();
      for (var revision : all) {
        if (revision.revision() <= shown.revision()) {
          authors.add(revision.author());
        }
      }
      return accounts.displayNames(authors).map(names -> {
        var title = MarkdownRenderer.firstHeading(shown.markdown());
        return new PageView(pageId.project().value(), pageId.name(), title.isBlank() ? pageId.name() : title,
            shown.revision(), shown.markdown(), markdown.render(shown.markdown()), shown.at(),
            authors.stream().map(names::get).distinct().toList());
      });
    });
  }

  private Mono<PageId> pageId(String project, String page) {
    if (!PAGE_NAME.matcher(page).matches() || page.length() > 64) {
      return Mono.error(() -> new NotFoundException("There is no page '" + page + "' in this project."));
    }
    return projects.resolve(project).map(id -> new PageId(id, page));
  }

  private static String pageName(String page) {
    if (page.length() > 64 || !PAGE_NAME.matcher(page).matches()) {
      throw new BadRequestException("page", "A page name may hold only lower-case letters, digits and single "
          + "hyphens, at most 64 characters, like 'costs' or 'school-calendar'.");
    }
    return page;
  }

  private static int baseRevision(String ifMatch) {
    var value = ifMatch.strip();
    var matcher = ETAG.matcher(value);
    if (!matcher.matches()) {
      throw new BadRequestException("If-Match", "If-Match must be the page's ETag, a revision number in quotes "
          + "such as \"3\".");
    }
    return Integer.parseInt(matcher.group(1));
  }


  private static PreconditionRequiredException ifMatchRequired(PageId page, @Nullable Integer latest) {
    return new PreconditionRequiredException("Page '" + page.name() + "' already exists"
        + (latest == null ? "" : " (revision " + latest + ")") + ". To change it, send If-Match with the revision "
        + "your edit started from, as given by the page's ETag.");
  }

  private static PreconditionFailedException conflict(EditConflictException e, List<PageRevisionView> revisions) {
    int latest = revisions.size();
    var base = e.baseRevision() >= 1 && e.baseRevision() <= latest ? revisions.get(e.baseRevision() - 1).markdown()
        : "";
    var changedSince = TextDiff.unified("revision " + e.baseRevision(), base, "revision " + e.latestRevision(),
        revisions.get(e.latestRevision() - 1).markdown());
    return new PreconditionFailedException(e.getMessage(), Map.of("conflict", Map.of(
        "baseRevision", e.baseRevision(),
        "latestRevision", e.latestRevision(),
        "hunks", e.conflicts(),
        "diff", changedSince)));
  }

  private static String etag(int revision) {
    return "\"" + revision + "\"";
  }

  private static String pagePath(PageId page) {
    return "/api/projects/" + page.project().value() + "/pages/" + page.name();
  }
}
