package org.deliberation.web.deliberation.statement;

import java.time.Clock;
import java.util.List;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.RelatesTo;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.command.EditStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.command.WithdrawStatement;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.StatementOrder;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.deliberation.topic.TopicQueries;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.EnumParameter;
import org.deliberation.web.platform.limits.ActionLimit;
import org.deliberation.web.platform.limits.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Statements and viewpoints, for the API and the project page alike: post, list, read. */
@Service
public class StatementService {

  private final Commands commands;
  private final StatementLookup lookup;
  private final Clock clock;
  private final RateLimits limits;
  private final ActionLimit statements;

  private final TopicQueries topics;

  public StatementService(
      Commands commands,
      StatementLookup lookup,
      Clock clock,
      RateLimits limits,
      DeliberationProperties properties,
      TopicQueries topics) {
    this.commands = commands;
    this.lookup = lookup;
    this.topics = topics;
    this.clock = clock;
    this.limits = limits;
    this.statements = ActionLimit.of("statements", properties.limits().statements());
  }

  /** The request's text as it will be stored; a 400 when nothing visible is left or a contribution is too long. */
  private static String checkedText(PostStatementRequest request) {
    return checkedText(request.text(), request.kind());
  }

  private static String checkedText(String typed, StatementKind kind) {
    // Free text loses its invisible and direction-changing characters rather than being refused for
    // them (see TextHygiene): an author who pasted them cannot see them to delete them.
    var text = TextHygiene.cleaned(typed).strip();
    if (text.isEmpty()) {
      throw new BadRequestException("text", "holds only invisible characters; write the statement");
    }
    if (kind == StatementKind.CONTRIBUTION
        && text.length() > PostStatementRequest.MAX_CONTRIBUTION) {
      throw new BadRequestException(
          "text",
          "a contribution is at most "
              + PostStatementRequest.MAX_CONTRIBUTION
              + " characters; post an argued text as a page, or split it");
    }
    return text;
  }

  /** Posts a statement while the project is in DRAFT or DELIBERATION, and answers it as the project shows it. */
  public Mono<StatementView> post(Actor by, String project, PostStatementRequest request) {
    var text = checkedText(request);
    var statementId = StatementId.random();
    var link = request.relatesTo();
    return limits
        .take(statements, by)
        .then(lookup.project(project))
        .flatMap(
            context -> {
              var stage = context.stage();
              if (stage != Stage.DRAFT && stage != Stage.DELIBERATION) {
                return Mono.error(
                    new ConflictException(
                        "The project is in its "
                            + stage
                            + " stage: statements are "
                            + "posted while it is in DRAFT or DELIBERATION."));
              }
              Mono<Void> linkChecked =
                  link == null
                      ? Mono.empty()
                      : lookup.statement(context, link.statement(), false).then();
              return linkChecked
                  .then(
                      commands.send(
                          new PostStatement(
                              statementId,
                              new ProjectId(context.project()),
                              text,
                              request.kind(),
                              request.stance(),
                              request.sources() == null
                                  ? List.of()
                                  : request.sources().stream()
                                      .map(source -> TextHygiene.nfc(source).strip())
                                      .toList(),
                              link == null
                                  ? null
                                  : new RelatesTo(
                                      new StatementId(link.statement()), link.relation()),
                              blankToNull(
                                  request.interests() == null
                                      ? null
                                      : TextHygiene.cleaned(request.interests())),
                              clock.instant(),
                              null,
                              by)))
                  // Answered once this node's lists show it, so that the poster's next read does.
                  .then(Mono.defer(() -> lookup.shown(context.project(), statementId.value())))
                  .then(Mono.defer(() -> lookup.statement(context, statementId.value(), false)));
            });
  }

  /**
   * The author rewrites their statement while it has no vote (409 once it has: counted from the live state, which a
   * vote reaches within milliseconds of its answer); 403 for anyone else.
   */
  public Mono<StatementView> edit(
      Actor by, String project, String sid, EditStatementRequest request) {
    // An edit rewrites the index and the project's topics like a new statement: it counts as one.
    return limits
        .take(statements, by)
        .then(lookup.project(project))
        .flatMap(
            context ->
                lookup
                    .statement(context, sid, true)
                    .flatMap(
                        view -> {
                          var counts = view.counts();
                          var text =
                              checkedText(request.text(), StatementKind.valueOf(view.kind()));
                          return commands.send(
                              new EditStatement(
                                  new StatementId(sid),
                                  text,
                                  (long) counts.agree() + counts.disagree() + counts.pass(),
                                  by,
                                  clock.instant()));
                        })
                    .then(Mono.defer(() -> lookup.statement(context, sid, isModerator(by)))));
  }

  /** The author withdraws their statement, at any time; 403 for anyone else, 409 if it is withdrawn already. */
  public Mono<Void> withdraw(Actor by, String project, String sid) {
    return limits
        .take(statements, by)
        .then(lookup.project(project))
        .flatMap(context -> lookup.statement(context, sid, true))
        .flatMap(
            view -> commands.send(new WithdrawStatement(new StatementId(sid), by, clock.instant())))
        .then();
  }

  /**
   * One page of a project's statements, newest first or by consensus or dissent; hidden ones only for moderators.
   *
   * @param viewer who asks, if signed in: moderators see hidden statements' texts
   */
  public Mono<StatementPage> list(
      String project,
      @Nullable String kind,
      String sort,
      int limit,
      @Nullable String cursor,
      boolean hidden,
      @Nullable String topic,
      @Nullable Actor viewer) {
    var kindFilter = kind == null ? null : EnumParameter.parse(StatementKind.class, "kind", kind);
    var order =
        StatementOrder.ofWireName(sort)
            .orElseThrow(
                () -> new BadRequestException("sort", "must be recent, consensus or dissent"));
    if (limit < 1 || limit > 200) {
      throw new BadRequestException("limit", "must be between 1 and 200");
    }
    int offset = parseCursor(cursor);
    boolean moderator = isModerator(viewer);
    if (hidden && !moderator) {
      throw new BadRequestException("hidden", "only moderators list hidden statements");
    }
    return lookup
        .project(project)
        .map(
            context -> {
              var all = context.deliberation().statements(kindFilter, order, hidden, moderator);
              if (topic != null && !topic.isBlank()) {
                var members = topics.members(context.deliberation(), topic);
                all = all.stream().filter(statement -> members.contains(statement.id())).toList();
              }
              // In long arithmetic: a cursor near Integer.MAX_VALUE plus the limit would wrap
              // around.
              long end = Math.min((long) offset + limit, all.size());
              var page = all.subList(Math.min(offset, all.size()), (int) end);
              return new StatementPage(page, end < all.size() ? String.valueOf(end) : null);
            });
  }

  /** The pairs of viewpoints that contradict each other. */
  public Mono<ContradictionPage> contradictions(String project) {
    return lookup
        .project(project)
        .map(
            context ->
                new ContradictionPage(
                    context.deliberation().contradictions().stream()
                        .map(pair -> new ContradictionPage.Pair(pair.get(0), pair.get(1)))
                        .toList()));
  }

  public Mono<StatementView> read(String project, String statement, @Nullable Actor viewer) {
    return lookup
        .project(project)
        .flatMap(context -> lookup.statement(context, statement, isModerator(viewer)));
  }

  /** Whether the viewer may see what moderators see. */
  public static boolean isModerator(@Nullable Actor viewer) {
    return viewer != null
        && (viewer.roles().contains(Role.MODERATOR) || viewer.roles().contains(Role.ADMIN));
  }

  private static int parseCursor(@Nullable String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      int offset = Integer.parseInt(cursor);
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadRequestException(
        "cursor", "is not a cursor this server gave; start again without it");
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
