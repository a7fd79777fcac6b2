package org.deliberation.web.accountability;

import java.util.HashMap;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.Role;
import org.deliberation.core.project.Decision;
import org.deliberation.web.platform.http.EnumParameter;
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
 * The public page of the authority's answers: each point of consensus and dissent beside its decision, reason, date
 * and history, the points left unanswered marked; for officials, a form per point. Plain forms, printable: it is the
 * page a journalist links to.
 */
@SitePage
public class AccountabilityPages {

  private final AccountabilityService accountability;
  private final Projects projects;
  private final Forms forms;

  public AccountabilityPages(AccountabilityService accountability, Projects projects, Forms forms) {
    this.accountability = accountability;
    this.projects = projects;
    this.forms = forms;
  }

  @GetMapping("/projects/{slug}/accountability")
  Mono<Rendering> view(
      @PathVariable String slug, @Nullable Actor caller, ServerWebExchange exchange) {
    var answered = exchange.getRequest().getQueryParams().getFirst("answered");
    return render(
        slug, caller, answered == null ? Map.of() : Map.of("answered", answered), HttpStatus.OK);
  }

  @PostMapping("/projects/{slug}/accountability/{sid}")
  Mono<Rendering> answer(
      @PathVariable String slug,
      @PathVariable String sid,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var request =
              forms.valid(
                  new CommitmentRequest(
                      EnumParameter.parse(
                          Decision.class, "decision", Forms.field(form, "decision")),
                      Forms.optional(form, "reason")));
          return accountability
              .record(CurrentActor.required(caller), slug, sid, request)
              .map(
                  recorded ->
                      Rendering.redirectTo(
                              Addresses.project(slug)
                                  + "/accountability?answered="
                                  + sid
                                  + "#p-"
                                  + sid)
                          .build());
        },
        (form, error, status) ->
            render(
                slug,
                caller,
                Map.of(
                    "answerError",
                    error,
                    "answerFor",
                    sid,
                    "draftReason",
                    Forms.field(form, "reason"),
                    "draftDecision",
                    Forms.field(form, "decision")),
                status));
  }

  private Mono<Rendering> render(
      String slug, @Nullable Actor caller, Map<String, Object> extra, HttpStatus status) {
    return Mono.zip(projects.read(slug), accountability.read(slug), accountability.answers(slug))
        .map(
            all -> {
              var model = new HashMap<String, Object>(extra);
              model.put("project", all.getT1());
              model.put("accountability", all.getT2());
              model.put("answers", all.getT3());
              model.put("decisions", Decision.values());
              // The answer forms are for officials; the service refuses anyone else anyway.
              model.put("official", caller != null && caller.hasAnyOf(Role.OFFICIAL));
              return Rendering.view("accountability").model(model).status(status).build();
            });
  }
}
