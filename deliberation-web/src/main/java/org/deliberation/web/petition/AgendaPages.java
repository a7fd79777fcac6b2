package org.deliberation.web.petition;

import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.pages.Addresses;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * An authority's agenda: the petitions past its agenda threshold, and for its officials the form to answer each and
 * the button that opens a wikiproject from it. Plain forms: it works without JavaScript.
 */
@SitePage
public class AgendaPages {

  private final AuthorityService authorities;
  private final Forms forms;

  public AgendaPages(AuthorityService authorities, Forms forms) {
    this.authorities = authorities;
    this.forms = forms;
  }

  @GetMapping("/authorities/{id}/agenda")
  Mono<Rendering> agenda(@PathVariable String id, ServerWebExchange exchange) {
    var answered = exchange.getRequest().getQueryParams().getFirst("answered");
    return Mono.fromSupplier(
        () ->
            render(id, answered == null ? Map.of() : Map.of("answered", answered), HttpStatus.OK));
  }

  @PostMapping("/authorities/{id}/agenda/{petition}/response")
  Mono<Rendering> answer(
      @PathVariable String id,
      @PathVariable String petition,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var request = forms.valid(new AnswerRequest(Forms.optional(form, "markdown")));
          return authorities
              .answer(CurrentActor.required(caller), petition, request.markdown())
              .map(
                  done ->
                      Rendering.redirectTo("/authorities/" + id + "/agenda?answered=" + petition)
                          .build());
        },
        (form, error, status) ->
            Mono.just(
                render(
                    id,
                    Map.of(
                        "formError", error,
                        "formPetition", petition,
                        "formMarkdown", Forms.text(form, "markdown")),
                    status)));
  }

  @PostMapping("/authorities/{id}/agenda/{petition}/project")
  Mono<Rendering> openProject(
      @PathVariable String id,
      @PathVariable String petition,
      @Nullable Actor caller,
      ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form ->
            authorities
                .openProject(CurrentActor.required(caller), petition)
                .map(project -> Rendering.redirectTo(Addresses.project(project.slug())).build()),
        (form, error, status) ->
            Mono.just(render(id, Map.of("formError", error, "formPetition", petition), status)));
  }

  private Rendering render(String id, Map<String, Object> extra, HttpStatus status) {
    return Rendering.view("agenda")
        .model(extra)
        .status(status)
        .modelAttribute("agenda", authorities.agenda(id))
        .build();
  }
}
