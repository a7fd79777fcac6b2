package org.deliberation.web.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.page.PageReadOnlyException;
import org.deliberation.core.page.PageRules;
import org.deliberation.core.project.Stage;
import org.deliberation.web.api.page.DiffView;
import org.deliberation.web.api.page.EditPageRequest;
import org.deliberation.web.api.page.PageController;
import org.deliberation.web.api.page.PageView;
import org.deliberation.web.api.problem.PayloadTooLargeException;
import org.deliberation.web.api.problem.PreconditionFailedException;
import org.deliberation.web.api.project.ProjectController;
import org.deliberation.web.api.project.Slugs;
import org.deliberation.web.pages.support.Addresses;
import org.deliberation.web.pages.support.Forms;
import org.deliberation.web.platform.security.CurrentActor;
import org.deliberation.web.readmodel.project.ProjectView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
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
@Controller
public class WikiPages {

  private final ProjectController projects;
  private final PageController pages;
  private final MarkdownRenderer markdown;
  private final Forms forms;

  public WikiPages(ProjectController projects, PageController pages, MarkdownRenderer markdown, Forms forms) {
    this.projects = projects;
    this.pages = pages;
    this.markdown = markdown;
    this.forms = forms;
  }

  @GetMapping("/projects/{slug}/pages/{page}")
  Mono<Rendering> read(@PathVariable String slug, @PathVariable String page,
      @RequestParam(required = false) @Nullable String at, @RequestParam(required = false) @Nullable Integer revision,
      ServerWebExchange exchange) {
    Mono<PageView> shown = Mono.defer(() -> revision != null ? pages.revision(slug, page, revision)
        : pages.read(slug, page, at)).map(entity -> entity.getBody());
    return Mono.zip(projects.read(slug), shown).map(both -> Rendering.view("page")
        .modelAttribute("project", both.getT1())
        .modelAttribute("page", both.getT2())
        .modelAttribute("saved", exchange.getRequest().getQueryParams().getFirst("saved"))
        .modelAttribute("merged", "true".equals(exchange.getRequest().getQueryParams().getFirst("merged")))
        .modelAttribute("past", revision != null || at != null)
        .build());
  }

  @GetMapping("/projects/{slug}/pages/{page}/history")
  Mono<Rendering> history(@PathVariable String slug, @PathVariable String page) {
    return Mono.zip(projects.read(slug), pages.history(slug, page)).map(both -> Rendering.view("history")
        .modelAttribute("project", both.getT1())
        .modelAttribute("name", page)
        .modelAttribute("items", both.getT2().items())
        .build());
  }

  @GetMapping("/projects/{slug}/pages/{page}/diff")
  Mono<Rendering> diff(@PathVariable String slug, @PathVariable String page,
      @RequestParam(required = false) @Nullable Integer from, @RequestParam(required = false) @Nullable Integer to) {
    return Mono.zip(projects.read(slug), pages.diff(slug, page, from, to, null).map(entity -> (DiffView) entity
        .getBody())).map(both -> Rendering.view("diff")
        .modelAttribute("project", both.getT1())
        .modelAttribute("name", page)
        .modelAttribute("diff", both.getT2())
        .build());
  }

  /** The project page's "new page" form: a name in, the editor of that page out. */
  @GetMapping("/projects/{slug}/new-page")
  Mono<Rendering> newPage(@PathVariable String slug, @RequestParam(defaultValue = "") String name) {
    return projects.read(slug).map(project -> {
      return Rendering.redirectTo(name.isBlank() ? Addresses.project(project.slug()) + "#pages"
          : Addresses.page(project.slug(), Slugs.fromTitle(name)) + "/edit").build();
    });
  }

  @GetMapping("/projects/{slug}/pages/{page}/edit")
  Mono<Rendering> edit(@PathVariable String slug, @PathVariable String page, Actor caller) {
    // Sign in before writing, not after: a text typed anonymously would be lost on the way to the sign-in page.
    return Mono.zip(projects.read(slug),
            pages.read(slug, page, null)
                .map(entity -> new Draft(entity.getBody().markdown(), "", entity.getBody().revision()))
                .onErrorResume(NotFoundException.class, e -> Mono.just(new Draft("", "", 0))))
        .map(both -> editor(both.getT1(), page, both.getT2(), readOnly(both.getT1(), caller), HttpStatus.OK));
  }

  // Said before the person writes, not only when the save is refused: the same words as the API's refusal.
  private static Map<String, Object> readOnly(ProjectView project, Actor caller) {
    try {
      PageRules.requireWritable(Stage.valueOf(project.stage()), caller);
      return Map.of();
    } catch (PageReadOnlyException e) {
      return Map.of("error", e.getMessage());
    }
  }

  @PostMapping("/projects/{slug}/pages/{page}/edit")
  Mono<Rendering> save(@PathVariable String slug, @PathVariable String page, @Nullable Actor caller,
      ServerWebExchange exchange) {
    return Mono.zip(projects.read(slug), exchange.getFormData()).flatMap(both -> {
      var project = both.getT1();
      var form = both.getT2();
      var draft = new Draft(Forms.text(form, "markdown"), Forms.field(form, "comment"),
          parseBase(Forms.field(form, "base")));
      if ("preview".equals(Forms.field(form, "action"))) {
        // The same limit as a save, so that a preview costs no more than the page could.
        try {
          pages.requireWithinLimit(draft.markdown());
        } catch (PayloadTooLargeException tooLong) {
          return forms.<Rendering>refused((error, status) -> Mono.just(editor(project, page, draft,
              Map.of("error", error), status))).apply(tooLong);
        }
        return Mono.just(editor(project, page, draft, Map.of("preview", markdown.render(draft.markdown())),
            HttpStatus.OK));
      }
      var ifMatch = draft.base() > 0 ? "\"" + draft.base() + "\"" : null;
      return Mono.defer(() -> pages.put(slug, page, ifMatch, forms.valid(new EditPageRequest(draft.markdown(),
              draft.comment())), CurrentActor.required(caller)))
          .map(saved -> Rendering.redirectTo(Addresses.page(slug, page) + "?saved="
              + saved.getBody().revision() + "&merged=" + saved.getBody().merged()).build())
          .onErrorResume(PreconditionFailedException.class, conflict -> conflicted(slug, page, project, draft,
              conflict))
          .onErrorResume(e -> !Forms.needsSignIn(e), forms.refused((error, status) -> Mono.just(editor(project,
              page, draft, Map.of("error", error), status))));
    });
  }

  /**
   * The editor after a refused edit: the person's text stays in the editor, the changes saved meanwhile are shown,
   * and the next save starts from the latest revision, so it replaces it only once the person has merged by hand.
   */
  private Mono<Rendering> conflicted(String slug, String page, Object project, Draft draft,
      PreconditionFailedException conflict) {
    var details = conflict.properties().get("conflict") instanceof Map<?, ?> map ? map : conflict.properties();
    var diff = details.get("diff") instanceof String text ? text : "";
    // The revision the shown changes end at: the next save starts from it, so that anything saved after it is merged
    // or shown in turn, never overwritten unseen.
    var latest = details.get("latestRevision") instanceof Integer revision
        ? pages.revision(slug, page, revision) : pages.read(slug, page, null);
    return forms.<Rendering>refused((error, status) -> latest.map(theirs -> editor(project, page,
        new Draft(draft.markdown(), draft.comment(), theirs.getBody().revision()), Map.of("conflict", error,
            "theirs", theirs.getBody().markdown(), "theirChanges", diff.lines().toList()), HttpStatus.CONFLICT)))
        .apply(conflict);
  }

  /** What the editor holds: the text, the note on the change, and the revision the edit started from (0: new). */
  public record Draft(String markdown, String comment, int base) {}

  private static Rendering editor(Object project, String page, Draft draft, Map<String, Object> extra,
      HttpStatus status) {
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
