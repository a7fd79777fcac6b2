package org.deliberation.web.deliberation.moderation;

import java.util.Comparator;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.command.FlagStatement;
import org.deliberation.core.statement.command.HideStatement;
import org.deliberation.core.statement.command.RestoreStatement;
import org.deliberation.web.deliberation.live.Deliberations;
import org.deliberation.web.deliberation.live.FlaggedStatement;
import org.deliberation.web.deliberation.live.ModerationAction;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.limits.ActionLimit;
import org.deliberation.web.platform.limits.RateLimits;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Moderation, for the API and the pages alike: reports, hide and restore decisions, and the moderators' queue. */
@Service
public class ModerationService {

  private final Commands commands;
  private final StatementLookup lookup;
  private final Deliberations deliberations;
  private final RateLimits limits;
  private final ActionLimit flags;

  public ModerationService(
      Commands commands,
      StatementLookup lookup,
      Deliberations deliberations,
      RateLimits limits,
      DeliberationProperties properties) {
    this.commands = commands;
    this.lookup = lookup;
    this.deliberations = deliberations;
    this.limits = limits;
    this.flags = ActionLimit.of("flags", properties.limits().flags());
  }

  /** A participant reports a statement to the moderators; one open report per participant counts. */
  public Mono<Void> flag(Actor by, String project, String sid, FlagRequest request) {
    return limits
        .take(flags, by)
        .then(lookup.project(project))
        .flatMap(
            context ->
                lookup
                    .statement(context, sid, true)
                    .then(
                        commands.send(
                            new FlagStatement(new StatementId(sid), request.reason().strip(), by))))
        .then();
  }

  /** A moderator hides or restores a statement; the decision stays in its history with its reason. */
  public Mono<StatementView> moderate(
      Actor by, String project, String sid, ModerationRequest request) {
    return Mono.fromRunnable(() -> by.require("moderate statements", Role.MODERATOR, Role.ADMIN))
        .then(lookup.project(project))
        .flatMap(
            context -> {
              var statementId = new StatementId(sid);
              var reason = request.reason().strip();
              Object command =
                  request.action() == ModerationAction.HIDE
                      ? new HideStatement(statementId, reason, by)
                      : new RestoreStatement(statementId, reason, by);
              // The change gate holds votes on it back from the moment its event is stored until
              // the live state shows it.
              return lookup
                  .statement(context, sid, true)
                  .then(commands.send(command))
                  .then(Mono.defer(() -> lookup.statement(context, sid, true)));
            });
  }

  /**
   * Statements reported since their last decision, those reported by the most independent people first (reporters in
   * one coordinated group count as one), then hidden ones. Reports never hide a statement by themselves.
   */
  public ModerationQueue queue(Actor by) {
    by.require("read the moderation queue", Role.MODERATOR, Role.ADMIN);
    return new ModerationQueue(
        deliberations.all().stream()
            .flatMap(project -> project.flagged().stream())
            .sorted(ModerationService::order)
            .toList());
  }

  /** The queue's order across projects, as each project orders its own (StatementBoard#awaitingModeration). */
  static int order(FlaggedStatement a, FlaggedStatement b) {
    return Comparator.comparing((FlaggedStatement item) -> item.statement().hidden())
        .thenComparing(
            Comparator.comparingInt(FlaggedStatement::independentReporters)
                .thenComparingInt(item -> item.openFlags().size())
                .reversed())
        .compare(a, b);
  }
}
