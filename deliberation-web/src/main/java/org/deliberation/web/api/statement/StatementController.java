package org.deliberation.web.api.statement;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.RelatesTo;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.command.FlagStatement;
import org.deliberation.core.statement.command.HideStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.command.RestoreStatement;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.core.vote.Admission;
import org.deliberation.web.api.problem.BadRequestException;
import org.deliberation.web.api.problem.EnumParameter;
import org.deliberation.web.api.security.Authentication;
import org.deliberation.web.axon.Commands;
import org.deliberation.web.deliberation.StatementView;
import org.deliberation.web.vote.VoteIntake;
import org.deliberation.core.common.TextHygiene;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Statements and viewpoints: post, list, read, vote, flag, moderate. */
@RestController
public class StatementController {

  private final Commands commands;
  private final StatementLookup lookup;
  private final VoteIntake intake;
  private final Clock clock = Clock.systemUTC();

  public StatementController(Commands commands, StatementLookup lookup, VoteIntake intake) {
    this.commands = commands;
    this.lookup = lookup;
    this.intake = intake;
  }

  @PostMapping("/api/projects/{id}/statements")
  public Mono<ResponseEntity<StatementView>> post(@PathVariable String id, @Valid @RequestBody PostStatementRequest request,
      ServerWebExchange exchange) {
    // Free text loses its invisible and direction-changing characters rather than being refused for them (see
    // TextHygiene): an author who pasted them cannot see them to delete them.
    var text = TextHygiene.cleaned(request.text()).strip();
    if (text.isEmpty()) {
      throw new BadRequestException("text", "holds only invisible characters; write the statement");
    }
    if (request.kind() == StatementKind.CONTRIBUTION && text.length() > PostStatementRequest.MAX_CONTRIBUTION) {
      throw new BadRequestException("text", "a contribution is at most " + PostStatementRequest.MAX_CONTRIBUTION
          + " characters; post an argued text as a page, or split it");
    }
    var statementId = StatementId.random();
    var link = request.relatesTo();
    return Authentication.required(exchange)
        .zipWith(lookup.project(id))
        .flatMap(callerAndProject -> {
          var caller = callerAndProject.getT1();
          var project = callerAndProject.getT2();
          var stage = project.stage();
          if (stage != Stage.DRAFT && stage != Stage.DELIBERATION) {
            return Mono.error(new ConflictException("The project is in its " + stage + " stage: statements are "
                + "posted while it is in DRAFT or DELIBERATION."));
          }
          Mono<Void> linkChecked = link == null ? Mono.empty()
              : lookup.statement(project, link.statement(), false).then();
          return linkChecked.then(commands.send(new PostStatement(statementId, new ProjectId(project.project()),
                  text, request.kind(), request.stance(), request.sources() == null ? List.of()
                  : request.sources().stream().map(source -> TextHygiene.nfc(source).strip()).toList(),
                  link == null ? null : new RelatesTo(new StatementId(link.statement()), link.relation()),
                  blankToNull(request.interests() == null ? null : TextHygiene.cleaned(request.interests())),
                  clock.instant(), null, caller)))
              .then(Mono.defer(() -> lookup.statement(project, statementId.value(), false)));
        })
        .map(view -> ResponseEntity.created(URI.create("/api/projects/" + view.project() + "/statements/"
            + view.id())).body(view));
  }

  @GetMapping("/api/projects/{id}/statements")
  public Mono<StatementPage> list(@PathVariable String id, @RequestParam(required = false) @Nullable String kind,
      @RequestParam(defaultValue = "recent") String sort, @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "false") boolean hidden,
      ServerWebExchange exchange) {
    var kindFilter = kind == null ? null : EnumParameter.parse(StatementKind.class, "kind", kind);
    if (!List.of("recent", "consensus", "dissent").contains(sort)) {
      throw new BadRequestException("sort", "must be recent, consensus or dissent");
    }
    if (limit < 1 || limit > 200) {
      throw new BadRequestException("limit", "must be between 1 and 200");
    }
    int offset = parseCursor(cursor);
    boolean moderator = isModerator(exchange);
    if (hidden && !moderator) {
      throw new BadRequestException("hidden", "only moderators list hidden statements");
    }
    return lookup.project(id).map(project -> {
      var all = project.deliberation().statements(kindFilter, sort, hidden, moderator);
      // In long arithmetic: a cursor near Integer.MAX_VALUE plus the limit would wrap around.
      long end = Math.min((long) offset + limit, all.size());
      var page = all.subList(Math.min(offset, all.size()), (int) end);
      return new StatementPage(page, end < all.size() ? String.valueOf(end) : null);
    });
  }

  @GetMapping("/api/projects/{id}/statements/contradictions")
  public Mono<ContradictionPage> contradictions(@PathVariable String id) {
    return lookup.project(id).map(project -> new ContradictionPage(project.deliberation().contradictions().stream()
        .map(pair -> new ContradictionPage.Pair(pair.get(0), pair.get(1))).toList()));
  }

  @GetMapping("/api/projects/{id}/statements/{sid}")
  Mono<StatementView> read(@PathVariable String id, @PathVariable String sid, ServerWebExchange exchange) {
    return lookup.project(id).flatMap(project -> lookup.statement(project, sid, isModerator(exchange)));
  }

  /** The caller's current vote on each statement they voted on, so a client shows the ones still to vote on. */
  @GetMapping("/api/projects/{id}/votes/mine")
  public Mono<MyVotes> myVotes(@PathVariable String id, ServerWebExchange exchange) {
    return Authentication.required(exchange).zipWith(lookup.project(id))
        .map(callerAndProject -> new MyVotes(callerAndProject.getT2().deliberation()
            .votesOf(callerAndProject.getT1().id().value()).entrySet().stream()
            .map(entry -> new MyVotes.Item(entry.getKey(), entry.getValue().name())).toList()));
  }

  @PutMapping("/api/projects/{id}/statements/{sid}/vote")
  public Mono<VoteResult> vote(@PathVariable String id, @PathVariable String sid, @Valid @RequestBody VoteRequest request,
      ServerWebExchange exchange) {
    return Authentication.required(exchange)
        .zipWith(lookup.project(id))
        .flatMap(callerAndProject -> {
          var caller = callerAndProject.getT1();
          var project = callerAndProject.getT2();
          return lookup.admission(project, sid).flatMap(admission -> {
            if (admission instanceof Admission.Refused refused) {
              return Mono.error(new ConflictException(refused.message()));
            }
            // Always recorded, even when it looks like the vote one already has: the live state may not show yet the
            // vote this participant cast a moment ago, and skipping on its word would lose the newer vote.
            var castAt = clock.instant();
            return intake.cast(new VoteCast(new ProjectId(project.project()), new StatementId(sid), caller.id(),
                request.vote(), castAt)).thenReturn(new VoteResult(sid, request.vote().name(), castAt));
          });
        });
  }

  @PostMapping("/api/projects/{id}/statements/{sid}/flags")
  public Mono<ResponseEntity<Void>> flag(@PathVariable String id, @PathVariable String sid,
      @Valid @RequestBody FlagRequest request, ServerWebExchange exchange) {
    return Authentication.required(exchange)
        .zipWith(lookup.project(id))
        .flatMap(callerAndProject -> lookup.statement(callerAndProject.getT2(), sid, true)
            .then(commands.send(new FlagStatement(new StatementId(sid), request.reason().strip(),
                callerAndProject.getT1()))))
        .then(Mono.just(ResponseEntity.status(HttpStatus.ACCEPTED).<Void>build()));
  }

  @PostMapping("/api/projects/{id}/statements/{sid}/moderation")
  public Mono<StatementView> moderate(@PathVariable String id, @PathVariable String sid,
      @Valid @RequestBody ModerationRequest request, ServerWebExchange exchange) {
    return Authentication.required(exchange)
        .doOnNext(caller -> caller.require("moderate statements", Role.MODERATOR, Role.ADMIN))
        .zipWith(lookup.project(id))
        .flatMap(callerAndProject -> {
          var project = callerAndProject.getT2();
          Actor caller = callerAndProject.getT1();
          var statementId = new StatementId(sid);
          var reason = request.reason().strip();
          Object command = request.action() == ModerationAction.HIDE
              ? new HideStatement(statementId, reason, caller) : new RestoreStatement(statementId, reason, caller);
          // The change gate holds votes on it back from the moment its event is stored until the live state shows it.
          return lookup.statement(project, sid, true)
              .then(commands.send(command))
              .then(Mono.defer(() -> lookup.statement(project, sid, true)));
        });
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
    throw new BadRequestException("cursor", "is not a cursor this server gave; start again without it");
  }

  private static boolean isModerator(ServerWebExchange exchange) {
    return Authentication.caller(exchange)
        .filter(actor -> actor.roles().contains(Role.MODERATOR) || actor.roles().contains(Role.ADMIN))
        .isPresent();
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static NotFoundException statementNotFound(String sid) {
    return new NotFoundException("There is no statement '" + sid + "' in this wikiproject. List them with GET "
        + "/api/projects/{id}/statements.");
  }
}
