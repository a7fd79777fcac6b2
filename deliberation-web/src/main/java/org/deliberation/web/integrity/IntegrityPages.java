package org.deliberation.web.integrity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.pages.Addresses;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.deliberation.web.project.ProjectService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The moderators' page of a project's integrity: the groups of accounts that behave as one with their evidence and
 * members, a preview of the synthesis without a group's votes, its confirmation with a reason, and the invalidations
 * with a button to reverse each. Plain forms: it works without JavaScript.
 */
@SitePage
public class IntegrityPages {

  private final IntegrityService integrity;
  private final ProjectService projects;
  private final Forms forms;

  public IntegrityPages(IntegrityService integrity, ProjectService projects, Forms forms) {
    this.integrity = integrity;
    this.projects = projects;
    this.forms = forms;
  }

  @GetMapping("/projects/{slug}/integrity")
  Mono<Rendering> view(@PathVariable String slug, Actor caller, ServerWebExchange exchange) {
    var query = exchange.getRequest().getQueryParams();
    var notices = new HashMap<String, Object>();
    if (query.getFirst("recorded") != null) {
      notices.put("recorded", true);
    }
    if (query.getFirst("reversed") != null) {
      notices.put("reversed", true);
    }
    return render(caller, slug, notices, HttpStatus.OK);
  }

  @PostMapping("/projects/{slug}/integrity/preview")
  Mono<Rendering> preview(
      @PathVariable String slug, @Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form ->
            integrity
                .preview(CurrentActor.required(caller), slug, participants(form))
                .flatMap(
                    preview ->
                        render(
                            CurrentActor.required(caller),
                            slug,
                            Map.of("preview", preview),
                            HttpStatus.OK)),
        (form, error, status) -> refusal(caller, slug, form, error, status));
  }

  @PostMapping("/projects/{slug}/invalidations")
  Mono<Rendering> invalidate(
      @PathVariable String slug, @Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form ->
            integrity
                .invalidate(
                    CurrentActor.required(caller),
                    slug,
                    participants(form),
                    Forms.field(form, "reason"))
                .map(
                    recorded ->
                        Rendering.redirectTo(
                                Addresses.project(slug) + "/integrity?recorded=" + recorded.id())
                            .build()),
        (form, error, status) -> refusal(caller, slug, form, error, status));
  }

  @PostMapping("/projects/{slug}/invalidations/{iid}/reversal")
  Mono<Rendering> reverse(
      @PathVariable String slug, @PathVariable String iid, @Nullable Actor caller) {
    return Mono.defer(() -> integrity.reverse(CurrentActor.required(caller), slug, iid))
        .then(
            Mono.fromSupplier(
                () ->
                    Rendering.redirectTo(Addresses.project(slug) + "/integrity?reversed=" + iid)
                        .build()))
        .onErrorResume(
            e -> !Forms.needsSignIn(e),
            forms.refused(
                (error, status) ->
                    render(
                        CurrentActor.required(caller),
                        slug,
                        Map.of("reversalError", error),
                        status)));
  }

  /** The page again, with the refusal beside the form and what the moderator chose and wrote kept. */
  private Mono<Rendering> refusal(
      @Nullable Actor caller,
      String slug,
      MultiValueMap<String, String> form,
      String error,
      HttpStatus status) {
    return render(
        CurrentActor.required(caller),
        slug,
        Map.of(
            "formError",
            error,
            "formParticipants",
            participants(form),
            "formReason",
            Forms.field(form, "reason")),
        status);
  }

  private static List<String> participants(MultiValueMap<String, String> form) {
    var values = form.get("participant");
    return values == null ? List.of() : values.stream().map(String::strip).toList();
  }

  private Mono<Rendering> render(
      Actor caller, String slug, Map<String, Object> extra, HttpStatus status) {
    return Mono.zip(
            projects.read(slug),
            integrity.report(caller, slug),
            integrity.invalidations(caller, slug))
        .map(
            all ->
                Rendering.view("integrity")
                    .model(extra)
                    .status(status)
                    .modelAttribute("project", all.getT1())
                    .modelAttribute("report", all.getT2())
                    .modelAttribute("invalidations", all.getT3())
                    .build());
  }
}
