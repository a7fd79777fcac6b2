package org.deliberation.web.accountability;

import jakarta.validation.Valid;
import org.deliberation.core.common.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The authority's answers over HTTP: record one (officials), read them all, read one point's history. */
@RestController
public class AccountabilityController {

  private final AccountabilityService accountability;

  public AccountabilityController(AccountabilityService accountability) {
    this.accountability = accountability;
  }

  @PutMapping("/api/projects/{id}/commitments/{sid}")
  public Mono<CommitmentView> record(
      @PathVariable String id,
      @PathVariable String sid,
      @Valid @RequestBody CommitmentRequest request,
      Actor caller) {
    return accountability.record(caller, id, sid, request);
  }

  @GetMapping("/api/projects/{id}/commitments/{sid}/history")
  public Mono<CommitmentHistory> history(@PathVariable String id, @PathVariable String sid) {
    return accountability.history(id, sid);
  }

  @GetMapping("/api/projects/{id}/accountability")
  public Mono<AccountabilityView> read(@PathVariable String id) {
    return accountability.read(id);
  }
}
