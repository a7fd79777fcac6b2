package org.deliberation.web.petition;

import java.util.HashMap;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.core.project.Language;
import org.deliberation.web.deliberation.live.ModerationAction;
import org.deliberation.web.platform.http.EnumParameter;
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
 * The petitions' pages: the list, a new petition's form, and a petition with its count (live with the script, and
 * right after a reload without it), its thresholds, the answer and the wikiproject, and the sign or withdraw button.
 * Plain forms: everything works without JavaScript.
 */
@SitePage
public class PetitionPages {

  private final PetitionService petitions;
  private final AuthorityService authorities;
  private final Forms forms;

  public PetitionPages(PetitionService petitions, AuthorityService authorities, Forms forms) {
    this.petitions = petitions;
    this.authorities = authorities;
    this.forms = forms;
  }

  @GetMapping("/petitions")
  Mono<Rendering> list() {
    return Mono.fromSupplier(
        () ->
            Rendering.view("petitions")
                .modelAttribute("petitions", petitions.list(null, null, 200, null).items())
                .modelAttribute("authorities", authorities.list().items())
                .build());
  }

  @GetMapping("/petitions/new")
  Mono<Rendering> draft(Actor caller) {
    return Mono.fromSupplier(() -> form(Map.of(), HttpStatus.OK));
  }

  @PostMapping("/petitions")
  Mono<Rendering> open(@Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var language =
              EnumParameter.parse(Language.class, "language", Forms.field(form, "language"));
          var request =
              forms.valid(
                  new OpenPetitionRequest(
                      Forms.optional(form, "title"),
                      Forms.optional(form, "text"),
                      Forms.optional(form, "authority"),
                      language));
          return petitions
              .open(CurrentActor.required(caller), request)
              .map(opened -> Rendering.redirectTo("/petitions/" + opened.id()).build());
        },
        (form, error, status) ->
            Mono.just(form(Map.of("formError", error, "draft", form.toSingleValueMap()), status)));
  }

  @GetMapping("/petitions/{id}")
  Mono<Rendering> view(@PathVariable String id, @Nullable Actor caller) {
    return Mono.fromSupplier(() -> page(id, caller, Map.of(), HttpStatus.OK));
  }

  @PostMapping("/petitions/{id}/signature")
  Mono<Rendering> sign(
      @PathVariable String id, @Nullable Actor caller, ServerWebExchange exchange) {
    return signature(id, caller, exchange, true);
  }

  @PostMapping("/petitions/{id}/withdrawal")
  Mono<Rendering> withdraw(
      @PathVariable String id, @Nullable Actor caller, ServerWebExchange exchange) {
    return signature(id, caller, exchange, false);
  }

  /** A moderator hides or restores the petition, with a reason, as a statement. */
  @PostMapping("/petitions/{id}/moderation")
  Mono<Rendering> moderate(
      @PathVariable String id, @Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var action =
              EnumParameter.parse(ModerationAction.class, "action", Forms.field(form, "action"));
          var request =
              forms.valid(new PetitionModerationRequest(action, Forms.optional(form, "reason")));
          return petitions
              .moderate(CurrentActor.required(caller), id, request)
              .map(done -> Rendering.redirectTo("/petitions/" + id).build());
        },
        (form, error, status) ->
            Mono.just(page(id, caller, Map.of("moderationError", error), status)));
  }

  private Mono<Rendering> signature(
      String id, @Nullable Actor caller, ServerWebExchange exchange, boolean sign) {
    return forms.submit(
        exchange,
        form -> {
          var actor = CurrentActor.required(caller);
          return (sign ? petitions.sign(actor, id) : petitions.withdraw(actor, id))
              .map(done -> Rendering.redirectTo("/petitions/" + id).build());
        },
        (form, error, status) -> Mono.just(page(id, caller, Map.of("formError", error), status)));
  }

  private Rendering page(
      String id, @Nullable Actor caller, Map<String, Object> extra, HttpStatus status) {
    return Rendering.view("petition")
        .model(extra)
        .status(status)
        .modelAttribute("petition", petitions.read(id, caller))
        .build();
  }

  private Rendering form(Map<String, Object> extra, HttpStatus status) {
    var model = new HashMap<String, Object>(extra);
    model.putIfAbsent("draft", Map.of());
    model.put("authorities", authorities.list().items());
    return Rendering.view("petition-new").model(model).status(status).build();
  }
}
