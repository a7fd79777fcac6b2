package org.deliberation.web.deliberation.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.platform.eventstore.CommitLogEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Takes votes from every request and writes them in batches: whatever arrived while the previous batch was being
 * written goes into the next commit, up to {@link CommitLogEventStorageEngine#MAX_EVENTS_PER_COMMIT} votes. A vote is
 * acknowledged once its commit is durable.
 *
 * <p>Why votes skip aggregates: no rule spans two votes (the last one wins), so a vote needs no earlier state to be
 * decided, and ten thousand participants voting on one statement must not contend on it. The checks that do need state
 * (the project's stage, the statement shown) are made by the API before the vote is queued.
 */
@Component
public class VoteIntake implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(VoteIntake.class);

  /** The most events one commit holds. */
  public static final int BATCH = CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT;

  private static final int WRITERS = 2;
  private static final int QUEUE = 50_000;

  private record Pending(EventMessage<VoteCast> message, CompletableFuture<Void> done) {}

  private final EventStore events;
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean running;

  public VoteIntake(EventStore events) {
    this.events = events;
  }

  /** Queues a vote; the mono completes once it is stored, or fails with a 503 problem when the queue is full. */
  public Mono<Void> cast(VoteCast vote) {
    return Mono.defer(
        () -> {
          var pending =
              new Pending(GenericEventMessage.asEventMessage(vote), new CompletableFuture<>());
          if (!running || !queue.offer(pending)) {
            return Mono.error(new VotesBusyException());
          }
          return Mono.fromFuture(pending.done());
        });
  }

  /** Writes many events at once, in order, in commits of {@link #BATCH}, without the queue: for imports. */
  public void publishAll(List<? extends EventMessage<?>> messages) {
    for (int from = 0; from < messages.size(); from += BATCH) {
      events.publish(messages.subList(from, Math.min(messages.size(), from + BATCH)));
    }
  }

  private void write() {
    var batch = new ArrayList<Pending>(CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT);
    while (running || !queue.isEmpty()) {
      try {
        var first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT - 1);
        try {
          events.publish(batch.stream().<EventMessage<?>>map(Pending::message).toList());
          batch.forEach(pending -> pending.done().complete(null));
        } catch (RuntimeException e) {
          log.warn("A batch of {} votes could not be stored", batch.size(), e);
          batch.forEach(
              pending -> pending.done().completeExceptionally(new VotesNotStoredException(e)));
        }
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void start() {
    running = true;
    for (int i = 0; i < WRITERS; i++) {
      writers.add(Thread.ofPlatform().name("vote-writer-" + i).daemon().start(this::write));
    }
  }

  @Override
  public void stop() {
    running = false;
    for (var writer : writers) {
      try {
        writer.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    writers.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
