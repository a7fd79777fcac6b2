package org.deliberation.web.deliberation.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.deliberation.core.vote.VoteAdmission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Closes the vote path's shortcut the moment a change to what votes are admitted is about to be stored on this node.
 * The vote path answers from the live deliberation in memory, which shows an event only once its projection applied
 * it; from the moment a stage change or a moderation decision is handed to the event store here until the live state
 * shows it, the project is not {@link #settled}, and the vote path asks the aggregates' own events instead, so that no
 * vote slips in after the change was acknowledged.
 *
 * <p>It sees every event this node stores, as an interceptor of the event store, and closes on the ones
 * {@link VoteAdmission#changedBy} names: whatever command produced them, from the API, the pages or an import, none
 * has to remember to announce it. It opens again when the live state has applied the event ({@link ChangeArrivals}),
 * when the commit that held it failed (nothing will arrive), or {@link #SETTLE} after, should the event never arrive
 * (a projection that parked it). A change stored by another node closes voting here when its event reaches this
 * node's live state, which then refuses by itself (see {@code docs/synthesis.md}, "Vote admission").
 */
@Component
public class ChangeGate implements ChangeArrivals, MessageDispatchInterceptor<EventMessage<?>> {

  /** How long an announced change may take to show before the live state is trusted again anyway. */
  public static final Duration SETTLE = Duration.ofSeconds(5);

  private record Pending(String project, Disposable expiry) {}

  private final Scheduler timer;
  private final Duration settle;
  // Changes on their way, by event identifier; guarded by this.
  private final Map<String, Pending> pending = new HashMap<>();
  // How many of them each project waits for: read on every vote, so without a lock.
  private final Map<String, Integer> waiting = new ConcurrentHashMap<>();

  /** Watches every event stored through this node's event store. */
  @Autowired
  public ChangeGate(EventStore events) {
    this(Schedulers.parallel(), SETTLE);
    events.registerDispatchInterceptor(this);
  }

  /** A gate that nothing feeds but its callers, timed by {@code timer}: for tests. */
  ChangeGate(Scheduler timer, Duration settle) {
    this.timer = timer;
    this.settle = settle;
  }

  /**
   * Whether the live deliberation of the project can be trusted for the vote path: no change to what it admits is on
   * its way to it from this node.
   */
  public boolean settled(String project) {
    return !waiting.containsKey(project);
  }

  /** Called with the events about to be stored, in the unit of work that stores them (if any). */
  @Override
  public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
      List<? extends EventMessage<?>> events) {
    for (var event : events) {
      VoteAdmission.changedBy(event.getPayload())
          .ifPresent(
              project -> {
                var id = event.getIdentifier();
                announced(id, project.value());
                // A commit that fails stores nothing: no event will arrive to open the gate.
                CurrentUnitOfWork.ifStarted(unit -> unit.onRollback(rolledBack -> applied(id)));
              });
    }
    return (index, event) -> event;
  }

  /** A change to the project's admission, carried by this event, is on its way to the live state. */
  synchronized void announced(String eventId, String project) {
    if (pending.containsKey(eventId)) {
      return;
    }
    var expiry = timer.schedule(() -> applied(eventId), settle.toMillis(), TimeUnit.MILLISECONDS);
    pending.put(eventId, new Pending(project, expiry));
    waiting.merge(project, 1, Integer::sum);
  }

  /** The live state applied the event (or it will never come): one change less to wait for. */
  @Override
  public synchronized void applied(String eventId) {
    var done = pending.remove(eventId);
    if (done == null) {
      return; // stored by another node, or already timed out
    }
    done.expiry().dispose();
    waiting.computeIfPresent(done.project(), (project, count) -> count == 1 ? null : count - 1);
  }
}
