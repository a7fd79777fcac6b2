package org.deliberation.web.deliberation.vote;

import jakarta.validation.Valid;
import org.deliberation.core.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Votes over HTTP: one's vote on a statement (agree, disagree, pass), and one's votes so far. */
@RestController
public class VoteController {

  private final VoteService votes;

  public VoteController(VoteService votes) {
    this.votes = votes;
  }

  @PutMapping("/api/projects/{id}/statements/{sid}/vote")
  public Mono<VoteResult> vote(
      @PathVariable String id,
      @PathVariable String sid,
      @Valid @RequestBody VoteRequest request,
      Actor caller) {
    return votes.vote(caller, id, sid, request);
  }

  /** The caller's current vote on each statement they voted on, so a client shows the ones still to vote on. */
  @GetMapping("/api/projects/{id}/votes/mine")
  public Mono<MyVotes> mine(@PathVariable String id, Actor caller) {
    return votes.mine(caller, id);
  }
}
