package org.deliberation.web.deliberation.statement;

import java.util.HashMap;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.pages.Addresses;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.deliberation.web.project.projection.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A statement's own page: who wrote it and in what capacity, an expert's declared interests, and for its author the
 * form to rewrite it (until its first vote) and the button to withdraw it. Plain forms: it works without JavaScript.
 */
@SitePage
public class StatementPages {

  private final StatementService statements;
  private final Projects projects;
  private final Forms forms;

  public StatementPages(StatementService statements, Projects projects, Forms forms) {
    this.statements = statements;
    this.projects = projects;
    this.forms = forms;
  }

  @GetMapping("/projects/{slug}/statements/{sid}")
  Mono<Rendering> view(
      @PathVariable String slug,
      @PathVariable String sid,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    var saved = exchange.getRequest().getQueryParams().getFirst("saved") != null;
    return render(slug, sid, caller, saved ? Map.of("saved", true) : Map.of(), HttpStatus.OK);
  }

  @PostMapping("/projects/{slug}/statements/{sid}/edit")
  Mono<Rendering> edit(
      @PathVariable String slug,
      @PathVariable String sid,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form ->
            statements
                .edit(
                    CurrentActor.required(caller),
                    slug,
                    sid,
                    forms.valid(new EditStatementRequest(Forms.optional(form, "text"))))
                .map(view -> redirect(slug, sid, "?saved")),
        (form, error, status) ->
            render(
                slug,
                sid,
                caller,
                Map.of("editError", error, "draftText", Forms.text(form, "text")),
                status));
  }

  @PostMapping("/projects/{slug}/statements/{sid}/withdrawal")
  Mono<Rendering> withdraw(
      @PathVariable String slug,
      @PathVariable String sid,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form ->
            statements
                .withdraw(CurrentActor.required(caller), slug, sid)
                .then(Mono.fromSupplier(() -> redirect(slug, sid, ""))),
        (form, error, status) -> render(slug, sid, caller, Map.of("withdrawError", error), status));
  }

  private Mono<Rendering> render(
      String slug,
      String sid,
      @Nullable Actor caller,
      Map<String, Object> extra,
      HttpStatus status) {
    return Mono.zip(projects.read(slug), statements.read(slug, sid, caller))
        .map(
            all -> {
              var statement = all.getT2();
              var model = new HashMap<String, Object>(extra);
              model.put("project", all.getT1());
              model.put("s", statement);
              model.put(
                  "mine",
                  caller != null
                      && statement.externalId() == null
                      && caller.id().value().equals(statement.author()));
              var counts = statement.counts();
              model.put("voted", counts.agree() + counts.disagree() + counts.pass() > 0);
              return Rendering.view("statement-page").model(model).status(status).build();
            });
  }

  private static Rendering redirect(String slug, String sid, String query) {
    return Rendering.redirectTo(Addresses.project(slug) + "/statements/" + sid + query).build();
  }
}
