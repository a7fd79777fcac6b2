package org.deliberation.web.deliberation.topic;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>A generation holds every statement, so one per new statement would grow a conversation's history as the square
 * of its size. A new generation is therefore recorded once {@link #CHANGED_SHARE} of the statements changed (posted,
 * hidden or restored) since the last one, at least one: every change while a project has fewer than twenty
 * statements, every fifty at a thousand, so that a conversation of n statements records about 20·ln(n) generations;
 * fewer changes are recorded once they have waited {@link #MAX_WAIT}.
 *
 * <p>It waits, too, until the live deliberation has read every stored event: at a start, the statements are still
 * being replayed, and topics computed from half of them would be recorded for nothing.
 */
@Component
public class TopicRecomputation implements DisposableBean {

  /** How long after a change the topics are recomputed; changes meanwhile join it. */
  public static final Duration DELAY = Duration.ofSeconds(2);

  /** The share of a project's statements that must have changed for a new generation to be recorded. */
  public static final double CHANGED_SHARE = 0.05;

  /** How long fewer changes than that wait before they are recorded all the same. */
  public static final Duration MAX_WAIT = Duration.ofHours(1);

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
  private final Map<String, Boolean> waiting = new ConcurrentHashMap<>();
  // The generation each project's last recording made, until it has arrived here.
  private final Map<String, Integer> awaited = new ConcurrentHashMap<>();
  // When each project's last generation was recorded or arrived, on the scheduler's clock.
  private final Map<String, Long> since = new ConcurrentHashMap<>();

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

  /** A generation of the project was recorded, here or by another node: small changes wait from now. */
  void recorded(String project) {
    since.put(project, scheduler.now(TimeUnit.MILLISECONDS));
  }

  // Apart from the runs after a change, so that a change made meanwhile is still looked at soon.
  private void later(String project, long millis) {
    if (waiting.putIfAbsent(project, Boolean.TRUE) == null) {
      scheduler.schedule(
          () -> {
            waiting.remove(project);
            run(project);
          },
          millis,
          TimeUnit.MILLISECONDS);
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
    if (previous.generation() > 0) {
      long waited = waited(project);
      if (changes(topics.latestStatements(), statements) < needed(statements.size())
          && waited < MAX_WAIT.toMillis()) {
        later(project, MAX_WAIT.toMillis() - waited);
        return;
      }
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
    recorded(project);
    changed(project);
  }

  /** How many statements changed: in one set and not in the other. */
  static int changes(Set<String> before, List<TopicInput> now) {
    var current = new HashSet<String>();
    now.forEach(statement -> current.add(statement.statement()));
    int changed = 0;
    for (var id : current) {
      changed += before.contains(id) ? 0 : 1;
    }
    for (var id : before) {
      changed += current.contains(id) ? 0 : 1;
    }
    return changed;
  }

  /** How many changes a project of {@code statements} statements needs for a new generation. */
  static int needed(int statements) {
    return Math.max(1, (int) Math.ceil(CHANGED_SHARE * statements));
  }

  private long waited(String project) {
    long now = scheduler.now(TimeUnit.MILLISECONDS);
    return now - since.getOrDefault(project, now);
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
