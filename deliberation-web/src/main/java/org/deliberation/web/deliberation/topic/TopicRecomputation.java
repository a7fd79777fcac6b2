package org.deliberation.web.deliberation.topic;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.topic.TopicInput;
import org.deliberation.core.topic.Topics;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.deliberation.web.deliberation.live.DeliberationProjection;
import org.deliberation.web.deliberation.live.Deliberations;
import org.deliberation.web.deliberation.live.StatementOrder;
import org.deliberation.web.platform.axon.ProjectionStatus;
import org.deliberation.web.platform.axon.ProjectionStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Recomputes a project's topics in the background, never on the path of a vote or a post: {@link #DELAY} after the
 * first change of a quiet spell, so that a burst of statements (an import) costs one recomputation, on one thread for
 * every project, so that topics never take more than a core. The result is recorded as the next event of the stream
 * {@code topics:<project>}; when another node recorded that generation first, the store refuses ours, and the
 * recomputation waits for the other node's event to arrive and looks again.
 *
 * <p>It waits, too, until the live deliberation has read every stored event: at a start, the statements are still
 * being replayed, and topics computed from half of them would be recorded for nothing.
 */
@Component
public class TopicRecomputation implements DisposableBean {

  /** How long after a change the topics are recomputed; changes meanwhile join it. */
  public static final Duration DELAY = Duration.ofSeconds(2);

  /** The type of the topics' event streams in the store. */
  public static final String STREAM_TYPE = "Topics";

  private static final Logger log = LoggerFactory.getLogger(TopicRecomputation.class);

  private final Deliberations deliberations;
  private final TopicBook book;
  private final EventStore events;
  private final BooleanSupplier caughtUp;
  private final Clock clock;
  private final Scheduler scheduler;
  private final Map<String, Boolean> scheduled = new ConcurrentHashMap<>();
  // The generation each project's last recording made, until it has arrived here.
  private final Map<String, Integer> awaited = new ConcurrentHashMap<>();

  @Autowired
  public TopicRecomputation(
      Deliberations deliberations,
      TopicBook book,
      EventStore events,
      ProjectionStatuses statuses,
      Clock clock) {
    this(
        deliberations,
        book,
        events,
        () ->
            statuses
                .of(DeliberationProjection.GROUP)
                .map(status -> status.state() == ProjectionStatus.State.CAUGHT_UP)
                .orElse(false),
        clock,
        Schedulers.newSingle("topics", true));
  }

  TopicRecomputation(
      Deliberations deliberations,
      TopicBook book,
      EventStore events,
      BooleanSupplier caughtUp,
      Clock clock,
      Scheduler scheduler) {
    this.deliberations = deliberations;
    this.book = book;
    this.events = events;
    this.caughtUp = caughtUp;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /** The project's shown statements changed: its topics are recomputed soon, once for every change until then. */
  void changed(String project) {
    if (scheduled.putIfAbsent(project, Boolean.TRUE) == null) {
      scheduler.schedule(() -> run(project), DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void run(String project) {
    // Cleared before the statements are read: a change after this point schedules another run.
    scheduled.remove(project);
    try {
      if (!caughtUp.getAsBoolean()) {
        changed(project);
        return;
      }
      recompute(project);
    } catch (RuntimeException e) {
      // The topics recorded stay shown; the next change tries again.
      log.error("The topics of project {} could not be recomputed", project, e);
    }
  }

  private void recompute(String project) {
    var deliberation = deliberations.find(project);
    if (deliberation.isEmpty()) {
      return;
    }
    List<TopicInput> statements =
        deliberation.get().statements(null, StatementOrder.RECENT, false, false).reversed().stream()
            .filter(view -> view.text() != null)
            .map(view -> new TopicInput(view.id(), view.text()))
            .toList();
    var topics = book.of(project);
    var previous = topics.latest();
    var pending = awaited.get(project);
    if (pending != null && previous.generation() < pending) {
      changed(project);
      return;
    }
    awaited.remove(project);
    if (statements.isEmpty() || Topics.digest(statements).equals(previous.inputDigest())) {
      return;
    }
    var next = Topics.next(previous, statements, topics.language());
    var recorded =
        new TopicsRecorded(
            new ProjectId(project),
            next.generation(),
            clock.instant(),
            next.inputDigest(),
            next.nextNumber(),
            next.topics());
    try {
      events.publish(
          new GenericDomainEventMessage<>(
              STREAM_TYPE, stream(project), next.generation() - 1L, recorded));
    } catch (ConcurrencyException | AggregateStreamCreationException e) {
      log.debug(
          "Topics generation {} of {} was recorded by another node", next.generation(), project);
    }
    // Looks again once this generation (ours or another node's) has arrived, should the statements
    // have moved on meanwhile.
    awaited.put(project, next.generation());
    changed(project);
  }

  /** The stream of a project's topics in the event store. */
  static String stream(String project) {
    return "topics:" + project;
  }

  @Override
  public void destroy() {
    scheduler.dispose();
  }
}
