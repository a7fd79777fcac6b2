package org.deliberation.web.pages;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.Role;
import org.deliberation.web.api.moderation.ModerationController;
import org.deliberation.web.api.participant.ParticipantController;
import org.deliberation.web.api.participant.RolesRequest;
import org.deliberation.web.api.problem.EnumParameter;
import org.deliberation.web.api.project.ProjectController;
import org.deliberation.web.api.statement.ModerationAction;
import org.deliberation.web.api.statement.ModerationRequest;
import org.deliberation.web.api.statement.StatementController;
import org.deliberation.web.pages.support.Forms;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.readmodel.project.ProjectSummaryView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The moderators' queue: reported statements to hide or keep, hidden ones to restore, each decision with a reason
 * kept in the statement's history; and the verification of experts, which gives an account the EXPERT role.
 */
@Controller
public class ModerationPages {

  private final ModerationController moderation;
  private final StatementController statements;
  private final ProjectController projects;
  private final ParticipantController participants;
  private final ParticipantAccounts accounts;
  private final Forms forms;

  public ModerationPages(ModerationController moderation, StatementController statements,
      ProjectController projects, ParticipantController participants, ParticipantAccounts accounts, Forms forms) {
    this.moderation = moderation;
    this.statements = statements;
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
  Mono<Rendering> decide(Actor caller, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> Mono.defer(() -> statements.moderate(
                Forms.field(form, "project"), Forms.field(form, "statement"), forms.valid(new ModerationRequest(
                    EnumParameter.parse(ModerationAction.class, "action", Forms.field(form, "action")),
                    Forms.optional(form, "reason"))), caller))
            .map(done -> Rendering.redirectTo("/moderation?decided=" + done.id()).build())
            .onErrorResume(e -> !Forms.needsSignIn(e), forms.refused((error, status) -> render(caller, exchange,
                Map.of("decisionError", error, "decisionFor", Forms.field(form, "statement")), status))));
  }

  @PostMapping("/moderation/experts")
  Mono<Rendering> verifyExpert(Actor caller, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      var email = Forms.field(form, "email");
      // The role is checked before the look-up too, so that the form never tells anyone whether an e-mail has an
      // account; the API's change of roles checks it again.
      return Mono.fromRunnable(() -> caller.require("verify experts", Role.MODERATOR, Role.ADMIN))
          .then(accounts.byEmail(email))
          .switchIfEmpty(Mono.error(() -> new NotFoundException("No account signed up with " + email
              + ". Check the address the expert gave.")))
          .flatMap(account -> {
            var roles = EnumSet.copyOf(account.roles());
            roles.add(Role.EXPERT);
            return participants.changeRoles(account.id().value(), new RolesRequest(roles), caller);
          })
          .map(changed -> Rendering.redirectTo("/moderation?verified=" + changed.id()).build())
          .onErrorResume(e -> !Forms.needsSignIn(e), forms.refused((error, status) -> render(caller, exchange,
              Map.of("expertError", error, "expertEmail", email), status)));
    });
  }

  private Mono<Rendering> render(Actor caller, ServerWebExchange exchange, Map<String, Object> extra,
      HttpStatus status) {
    return Mono.zip(moderation.queue(caller), projects.list(200, null)).map(both -> {
      var titles = new HashMap<String, ProjectSummaryView>();
      both.getT2().items().forEach(item -> titles.put(item.project().id(), item.project()));
      var model = new HashMap<String, Object>(extra);
      model.put("items", both.getT1().items());
      model.put("projects", titles);
      model.put("decided", exchange.getRequest().getQueryParams().getFirst("decided"));
      model.put("verified", exchange.getRequest().getQueryParams().getFirst("verified"));
      return Rendering.view("moderation").model(model).status(status).build();
    });
  }
}
