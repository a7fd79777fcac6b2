package org.deliberation.web.deliberation.statement;

import jakarta.validation.Valid;
import java.net.URI;
import org.deliberation.core.common.Actor;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.platform.http.EntityTags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Statements and viewpoints over HTTP: post, list, read, and their author's edit and withdrawal. What each does is {@link StatementService}'s. */
@RestController
public class StatementController {

  private final StatementService statements;
  private final JsonMapper json;

  public StatementController(StatementService statements, JsonMapper json) {
    this.statements = statements;
    this.json = json;
  }

  @PostMapping("/api/projects/{id}/statements")
  public Mono<ResponseEntity<StatementView>> post(
      @PathVariable String id, @Valid @RequestBody PostStatementRequest request, Actor caller) {
    return statements
        .post(caller, id, request)
        .map(
            view ->
                ResponseEntity.created(
                        URI.create("/api/projects/" + view.project() + "/statements/" + view.id()))
                    .body(view));
  }

  /**
   * Tagged by its bytes: votes and recomputations change a list without any event of its own. A signed-in caller's
   * list is kept by that caller's browser alone (a moderator's holds hidden texts).
   */
  @GetMapping("/api/projects/{id}/statements")
  public Mono<ResponseEntity<byte[]>> list(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(defaultValue = "recent") String sort,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "false") boolean hidden,
      @RequestParam(required = false) @Nullable String topic,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
          @Nullable String ifNoneMatch,
      @Nullable Actor caller) {
    return statements
        .list(id, kind, sort, limit, cursor, hidden, topic, caller)
        .map(
            page ->
                EntityTags.json(
                    json,
                    page,
                    caller == null ? EntityTags.REVALIDATE : EntityTags.PRIVATE_REVALIDATE,
                    ifNoneMatch));
  }

  @GetMapping("/api/projects/{id}/statements/contradictions")
  public Mono<ContradictionPage> contradictions(@PathVariable String id) {
    return statements.contradictions(id);
  }

  /** The author's new text, until the statement's first vote. */
  @PutMapping("/api/projects/{id}/statements/{sid}")
  public Mono<StatementView> edit(
      @PathVariable String id,
      @PathVariable String sid,
      @Valid @RequestBody EditStatementRequest request,
      Actor caller) {
    return statements.edit(caller, id, sid, request);
  }

  /** The author withdraws the statement: 204; its votes stay in the history. */
  @DeleteMapping("/api/projects/{id}/statements/{sid}")
  public Mono<ResponseEntity<Void>> withdraw(
      @PathVariable String id, @PathVariable String sid, Actor caller) {
    return statements.withdraw(caller, id, sid).then(Mono.just(ResponseEntity.noContent().build()));
  }

  @GetMapping("/api/projects/{id}/statements/{sid}")
  Mono<StatementView> read(
      @PathVariable String id, @PathVariable String sid, @Nullable Actor caller) {
    return statements.read(id, sid, caller);
  }
}
