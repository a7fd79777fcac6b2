package org.deliberation.web.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.page.PageReadOnlyException;
import org.deliberation.core.page.PageRules;
import org.deliberation.core.project.Stage;
import org.deliberation.web.platform.http.InstantParameter;
import org.deliberation.web.platform.http.PayloadTooLargeException;
import org.deliberation.web.platform.pages.Addresses;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.deliberation.web.project.Slugs;
import org.deliberation.web.project.projection.ProjectView;
import org.deliberation.web.project.projection.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A wiki page of a project: read it (now, at a revision or at an instant), its history, the diff between two
 * revisions, and the editor with its preview. An edit names the revision it started from; when someone saved in the
 * meantime the API merges the two silently, or refuses with the overlapping changes, which the editor then shows
 * beside the person's own text, never losing it.
 */
@SitePage
public class WikiPages {

  private final Projects projects;
  private final PageService pages;
  private final MarkdownRenderer markdown;
  private final Forms forms;
  private final PageReadability readability;

  public WikiPages(
      Projects projects,
      PageService pages,
      MarkdownRenderer markdown,
      Forms forms,
      PageReadability readability) {
    this.projects = projects;
    this.pages = pages;
    this.markdown = markdown;
    this.forms = forms;
    this.readability = readability;
  }

  @GetMapping("/projects/{slug}/pages/{page}")
  Mono<Rendering> read(
      @PathVariable String slug,
      @PathVariable String page,
      @RequestParam(required = false) @Nullable String at,
      @RequestParam(required = false) @Nullable Integer revision,
      ServerWebExchange exchange) {
    Mono<PageView> shown =
        Mono.defer(
            () ->
                revision != null
                    ? pages.revision(slug, page, revision)
                    : pages.read(slug, page, at == null ? null : InstantParameter.parse("at", at)));
    return Mono.zip(projects.read(slug), shown)
        .map(
            both ->
                Rendering.view("page")
                    .modelAttribute("project", both.getT1())
                    .modelAttribute("page", both.getT2())
                    .modelAttribute(
                        "saved", exchange.getRequest().getQueryParams().getFirst("saved"))
                    .modelAttribute(
                        "merged",
                        "true".equals(exchange.getRequest().getQueryParams().getFirst("merged")))
                    .modelAttribute("past", revision != null || at != null)
                    .build());
  }

  @GetMapping("/projects/{slug}/pages/{page}/history")
  Mono<Rendering> history(@PathVariable String slug, @PathVariable String page) {
    return Mono.zip(projects.read(slug), pages.history(slug, page))
        .map(
            both ->
                Rendering.view("history")
                    .modelAttribute("project", both.getT1())
                    .modelAttribute("name", page)
                    .modelAttribute("items", both.getT2().items())
                    .build());
  }

  @GetMapping("/projects/{slug}/pages/{page}/diff")
  Mono<Rendering> diff(
      @PathVariable String slug,
      @PathVariable String page,
      @RequestParam(required = false) @Nullable Integer from,
      @RequestParam(required = false) @Nullable Integer to) {
    return Mono.zip(
            projects.read(slug), pages.compare(slug, page, from, to).map(PageComparison::hunks))
        .map(
            both ->
                Rendering.view("diff")
                    .modelAttribute("project", both.getT1())
                    .modelAttribute("name", page)
                    .modelAttribute("diff", both.getT2())
                    .build());
  }

  /** The project page's "new page" form: a name in, the editor of that page out. */
  @GetMapping("/projects/{slug}/new-page")
  Mono<Rendering> newPage(@PathVariable String slug, @RequestParam(defaultValue = "") String name) {
    return projects
        .read(slug)
        .map(
            project -> {
              return Rendering.redirectTo(
                      name.isBlank()
                          ? Addresses.project(project.slug()) + "#pages"
                          : Addresses.page(project.slug(), Slugs.fromTitle(name)) + "/edit")
                  .build();
            });
  }

  @GetMapping("/projects/{slug}/pages/{page}/edit")
  Mono<Rendering> edit(@PathVariable String slug, @PathVariable String page, Actor caller) {
    // Sign in before writing, not after: a text typed anonymously would be lost on the way to the
    // sign-in page.
    return Mono.zip(
            projects.read(slug),
            pages
                .read(slug, page, null)
                .map(shown -> new Draft(shown.markdown(), "", shown.revision()))
                .onErrorResume(NotFoundException.class, e -> Mono.just(new Draft("", "", 0))))
        .map(
            both ->
                editor(
                    both.getT1(),
                    page,
                    both.getT2(),
                    readOnly(both.getT1(), caller),
                    HttpStatus.OK));
  }

  // Said before the person writes, not only when the save is refused: the same words as the API's
  // refusal.
  private static Map<String, Object> readOnly(ProjectView project, Actor caller) {
    try {
      PageRules.requireWritable(Stage.valueOf(project.stage()), caller);
      return Map.of();
    } catch (PageReadOnlyException e) {
      return Map.of("error", e.getMessage());
    }
  }

  @PostMapping("/projects/{slug}/pages/{page}/edit")
  Mono<Rendering> save(
      @PathVariable String slug,
      @PathVariable String page,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    return Mono.zip(projects.read(slug), exchange.getFormData())
        .flatMap(
            both -> {
              var project = both.getT1();
              var form = both.getT2();
              var draft =
                  new Draft(
                      Forms.text(form, "markdown"),
                      Forms.field(form, "comment"),
                      parseBase(Forms.field(form, "base")));
              if ("preview".equals(Forms.field(form, "action"))) {
                // The same limit as a save, so that a preview costs no more than the page could.
                try {
                  pages.requireWithinLimit(draft.markdown());
                } catch (PayloadTooLargeException tooLong) {
                  return forms
                      .<Rendering>refused(
                          (error, status) ->
                              Mono.just(
                                  editor(project, page, draft, Map.of("error", error), status)))
                      .apply(tooLong);
                }
                return Mono.just(
                    editor(project, page, draft, preview(project, draft), HttpStatus.OK));
              }
              var base = draft.base() > 0 ? Integer.valueOf(draft.base()) : null;
              return Mono.defer(
                      () -> {
                        var request =
                            forms.valid(new EditPageRequest(draft.markdown(), draft.comment()));
                        return pages.save(
                            CurrentActor.required(caller),
                            slug,
                            page,
                            base,
                            request.markdown(),
                            request.comment());
                      })
                  .map(
                      saved ->
                          Rendering.redirectTo(
                                  Addresses.page(slug, page)
                                      + "?saved="
                                      + saved.revision()
                                      + "&merged="
                                      + saved.merged())
                              .build())
                  .onErrorResume(
                      PageConflictException.class,
                      conflict -> conflicted(slug, page, project, draft, conflict))
                  .onErrorResume(
                      e -> !Forms.needsSignIn(e),
                      forms.refused(
                          (error, status) ->
                              Mono.just(
                                  editor(project, page, draft, Map.of("error", error), status))));
            });
  }

  /**
   * The editor after a refused edit: the person's text stays in the editor, the changes saved meanwhile are shown,
   * and the next save starts from the latest revision, so it replaces it only once the person has merged by hand.
   */
  private Mono<Rendering> conflicted(
      String slug, String page, Object project, Draft draft, PageConflictException conflict) {
    // The revision the shown changes end at: the next save starts from it, so that anything saved
    // after it is merged
    // or shown in turn, never overwritten unseen.
    var latest = pages.revision(slug, page, conflict.latestRevision());
    return forms
        .<Rendering>refused(
            (error, status) ->
                latest.map(
                    theirs ->
                        editor(
                            project,
                            page,
                            new Draft(draft.markdown(), draft.comment(), theirs.revision()),
                            Map.of(
                                "conflict",
                                error,
                                "theirs",
                                theirs.markdown(),
                                "theirChanges",
                                conflict.diff().lines().toList()),
                            HttpStatus.CONFLICT)))
        .apply(conflict);
  }

  // The preview, its readability, and its hardest sentences marked in it.
  private Map<String, Object> preview(ProjectView project, Draft draft) {
    var measured = readability.of(draft.markdown(), project.language());
    var target = project.readabilityTarget();
    return Map.of(
        "preview",
        SentenceMarks.mark(markdown.render(draft.markdown()), measured.hardSentences()),
        "readability",
        measured,
        "underTarget",
        target != null && measured.harderThan(target));
  }

  /** What the editor holds: the text, the note on the change, and the revision the edit started from (0: new). */
  public record Draft(String markdown, String comment, int base) {}

  private static Rendering editor(
      Object project, String page, Draft draft, Map<String, Object> extra, HttpStatus status) {
    var model = new HashMap<String, Object>(extra);
    model.put("project", project);
    model.put("name", page);
    model.put("draft", draft);
    model.putIfAbsent("theirChanges", List.of());
    return Rendering.view("edit").model(model).status(status).build();
  }

  private static int parseBase(String base) {
    try {
      return base.isEmpty() ? 0 : Math.max(0, Integer.parseInt(base));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
