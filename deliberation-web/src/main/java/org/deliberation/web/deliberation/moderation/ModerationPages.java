package org.deliberation.web.deliberation.moderation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.Role;
import org.deliberation.web.deliberation.live.ModerationAction;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.participant.Participants;
import org.deliberation.web.platform.http.EnumParameter;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.deliberation.web.project.projection.ProjectQueries;
import org.deliberation.web.project.projection.ProjectSummaryView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The moderators' queue: reported statements to hide or keep, hidden ones to restore, each decision with a reason
 * kept in the statement's history; and the verification of experts, which gives an account the EXPERT role.
 */
@SitePage
public class ModerationPages {

  private final ModerationService moderation;
  private final ProjectQueries projects;
  private final Participants participants;
  private final ParticipantAccounts accounts;
  private final Forms forms;

  public ModerationPages(
      ModerationService moderation,
      ProjectQueries projects,
      Participants participants,
      ParticipantAccounts accounts,
      Forms forms) {
    this.moderation = moderation;
    this.projects = projects;
    this.participants = participants;
    this.accounts = accounts;
    this.forms = forms;
  }

  @GetMapping("/moderation")
  Mono<Rendering> queue(Actor caller, ServerWebExchange exchange) {
    return render(caller, exchange, Map.of(), HttpStatus.OK);
  }

  @PostMapping("/moderation/decisions")
  Mono<Rendering> decide(@Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var action =
              EnumParameter.parse(ModerationAction.class, "action", Forms.field(form, "action"));
          var request = forms.valid(new ModerationRequest(action, Forms.optional(form, "reason")));
          return moderation
              .moderate(
                  CurrentActor.required(caller),
                  Forms.field(form, "project"),
                  Forms.field(form, "statement"),
                  request)
              .map(done -> Rendering.redirectTo("/moderation?decided=" + done.id()).build());
        },
        (form, error, status) ->
            render(
                CurrentActor.required(caller),
                exchange,
                Map.of("decisionError", error, "decisionFor", Forms.field(form, "statement")),
                status));
  }

  @PostMapping("/moderation/experts")
  Mono<Rendering> verifyExpert(Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var email = Forms.field(form, "email");
          // The role is checked before the look-up too, so that the form never tells anyone whether
          // an e-mail has an account; the API's change of roles checks it again.
          caller.require("verify experts", Role.MODERATOR, Role.ADMIN);
          return accounts
              .byEmail(email)
              .switchIfEmpty(
                  Mono.error(
                      () ->
                          new NotFoundException(
                              "No account signed up with "
                                  + email
                                  + ". Check the address the expert gave.")))
              .flatMap(
                  account -> {
                    var roles = EnumSet.copyOf(account.roles());
                    roles.add(Role.EXPERT);
                    return participants.changeRoles(account.id(), roles, caller);
                  })
              .map(
                  changed ->
                      Rendering.redirectTo("/moderation?verified=" + changed.id().value()).build());
        },
        (form, error, status) ->
            render(
                caller,
                exchange,
                Map.of("expertError", error, "expertEmail", Forms.field(form, "email")),
                status));
  }

  private Mono<Rendering> render(
      Actor caller, ServerWebExchange exchange, Map<String, Object> extra, HttpStatus status) {
    return Mono.zip(Mono.fromCallable(() -> moderation.queue(caller)), projects.list(200, null))
        .map(
            both -> {
              var titles = new HashMap<String, ProjectSummaryView>();
              both.getT2().items().forEach(project -> titles.put(project.id(), project));
              var model = new HashMap<String, Object>(extra);
              model.put("items", both.getT1().items());
              model.put("projects", titles);
              model.put("decided", exchange.getRequest().getQueryParams().getFirst("decided"));
              model.put("verified", exchange.getRequest().getQueryParams().getFirst("verified"));
              return Rendering.view("moderation").model(model).status(status).build();
            });
  }
}
