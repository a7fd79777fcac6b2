package org.deliberation.web.petition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.deliberation.core.petition.PetitionId;
import org.deliberation.core.petition.PetitionOutcome;
import org.deliberation.core.petition.SignatureResult;
import org.deliberation.core.petition.command.SignPetition;
import org.deliberation.core.petition.command.SignPetitions;
import org.deliberation.web.platform.axon.Commands;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Signatures of one petition, sent to its aggregate in batches: while one batch is being stored, the signatures that
 * arrive wait, and go together as the next one (one commit, one durable write). Alone, a signature is a batch of one
 * and waits for nothing. The aggregate decides each as it would alone, so the count stays exact; each signer gets
 * their own outcome or refusal.
 */
@Component
public class SignatureIntake {

  /** Signatures per batch: each may bring two threshold events, and a commit holds at most 256 events. */
  static final int BATCH = 80;

  private record Pending(SignPetition command, MonoSink<PetitionOutcome> sink) {}

  /** The signatures waiting for one petition, and whether a batch of it is being stored. */
  private static final class Lane {
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean sending;
  }

  private final Commands commands;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

  public SignatureIntake(Commands commands) {
    this.commands = commands;
  }

  /** Completes with the signature's outcome once it is stored, or fails with its refusal. */
  public Mono<PetitionOutcome> sign(SignPetition command) {
    return Mono.create(
        sink -> {
          var lane = lanes.computeIfAbsent(command.petitionId().value(), id -> new Lane());
          boolean start;
          synchronized (lane) {
            lane.waiting.add(new Pending(command, sink));
            start = !lane.sending;
            lane.sending = true;
          }
          if (start) {
            next(command.petitionId(), lane);
          }
        });
  }

  /** Sends what waits as one batch; when it is stored, the next, until none waits. */
  private void next(PetitionId petition, Lane lane) {
    var batch = new ArrayList<Pending>();
    synchronized (lane) {
      while (batch.size() < BATCH && !lane.waiting.isEmpty()) {
        batch.add(lane.waiting.poll());
      }
      if (batch.isEmpty()) {
        lane.sending = false;
        return;
      }
    }
    commands
        .<List<SignatureResult>>send(
            new SignPetitions(petition, batch.stream().map(Pending::command).toList()))
        .subscribe(
            results -> {
              for (int i = 0; i < batch.size(); i++) {
                var result = results.get(i);
                var sink = batch.get(i).sink();
                if (result.refusal() != null) {
                  sink.error(result.refusal());
                } else {
                  sink.success(result.outcome());
                }
              }
              next(petition, lane);
            },
            failure -> {
              batch.forEach(pending -> pending.sink().error(failure));
              next(petition, lane);
            });
  }
}
