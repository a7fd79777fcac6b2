package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.participant.AuthorNames;
import org.deliberation.web.platform.snapshot.PayloadCodec;
import org.deliberation.web.platform.snapshot.SnapshotTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.json.JsonMapper;

/**
 * A snapshot applied with the synthesis held, then the events after it, leaves the live deliberations a replay of every
 * event leaves, with their syntheses recomputed meanwhile: the same groups, the same counts in each, the same
 * consensus. And the synthesis is told of the changed votes once per project, not once per vote.
 */
class RestoredSynthesisTest {

  private static final List<PayloadCodec<?>> CODECS =
      List.of(DeliberationSnapshots.voteCastCodec());
  private static final List<String> PROJECTS = List.of(Events.PROJECT, "park", "quiet");
  private static final int VOTERS = 40;

  @TempDir Path dir;

  @Test
  void restoredWithTheSynthesisHeldEqualsReplayedWithItRecomputedMeanwhile() {
    var seeds = new SplittableRandom(1_016);
    for (int c = 0; c < 6; c++) {
      long seed = seeds.nextLong();
      var random = new SplittableRandom(seed);
      var events = events(random);
      // The whole history in the snapshot in the first case, some tail after it in the others.
      int cut = c == 0 ? events.size() : events.size() / 2 + random.nextInt(events.size() / 2);
      var file = dir.resolve("case-" + c + ".snapshot");

      var replayed = new Live();
      events.forEach(replayed::apply);
      replayed.settle();

      var written = new SnapshotTestSupport(file, CODECS);
      events.subList(0, cut).forEach(written::applied);
      written.write();

      var restored = new Live();
      long applied =
          new SnapshotTestSupport(file, CODECS)
              .restore(
                  restored.invoker,
                  new GlobalSequenceTrackingToken(events.size()),
                  List.of(
                      new DeliberationSnapshots()
                          .deliberationRestore(restored.deliberations, restored.projection)));
      long votesRestored =
          events.subList(0, cut).stream().filter(e -> e.getPayload() instanceof VoteCast).count();

      assertThat(applied).isEqualTo(cut);
      // Two projects had votes: each told once, at the end, of hundreds of votes.
      assertThat(votesRestored).as("seed %d", seed).isGreaterThan(300);
      assertThat(restored.signals).as("seed %d", seed).isEqualTo(2);
      assertThat(replayed.signals).as("seed %d", seed).isGreaterThan(votesRestored);

      events.subList(cut, events.size()).forEach(restored::apply);
      restored.settle();

      assertThat(replayed.view()).as("seed %d", seed).contains("groups=[GroupView");
      assertThat(restored.view()).as("seed %d, cut at %d", seed, cut).isEqualTo(replayed.view());
    }
  }

  @Test
  void aRestoreThatFailsStillLetsTheSynthesisGo() {
    var file = dir.resolve("failing.snapshot");
    var events = events(new SplittableRandom(3));
    var written = new SnapshotTestSupport(file, CODECS);
    events.forEach(written::applied);
    written.write();

    var restored = new Live();
    var listener =
        new DeliberationSnapshots()
            .deliberationRestore(restored.deliberations, restored.projection);
    var breaking = new BreaksAtHidden(3);
    EventHandlerInvoker failing =
        SimpleEventHandlerInvoker.builder()
            .eventHandlers(
                new DeliberationProjection(
                    restored.deliberations, mock(AuthorNames.class), id -> {}),
                breaking)
            .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
            .build();
    long applied =
        new SnapshotTestSupport(file, CODECS)
            .restore(failing, new GlobalSequenceTrackingToken(events.size()), List.of(listener));

    // A handler failed at the third statement hidden, after hundreds of votes: the restore is given
    // up, the projection reset, and the events it replays then reach the synthesis again.
    assertThat(breaking.hidden).isEqualTo(3);
    assertThat(applied).isZero();
    assertThat(restored.deliberations.all()).isEmpty();
    events.forEach(restored::apply);
    assertThat(restored.signals).isGreaterThan(400);
  }

  /** A handler of the same projection that fails at a statement hidden. */
  static final class BreaksAtHidden {
    private final int at;
    int hidden;

    BreaksAtHidden(int at) {
      this.at = at;
    }

    @EventHandler
    void on(StatementHidden event) {
      if (++hidden == at) {
        throw new IllegalStateException("hidden statement " + at + " cannot be applied");
      }
    }
  }

  /**
   * Two projects' statements voted on by {@value #VOTERS} participants, some hidden and restored, each project's last
   * event a vote; a third project with statements and no votes, whose synthesis is never computed.
   */
  private static List<TrackedEventMessage<?>> events(SplittableRandom random) {
    var payloads = new ArrayList<Object>();
    for (var project : PROJECTS) {
      for (int s = 0; s < 6; s++) {
        payloads.add(posted(project, s));
      }
    }
    int count = 700 + random.nextInt(300);
    for (int i = 0; i < count; i++) {
      var project = PROJECTS.get(random.nextInt(2));
      var statement = new StatementId(project + "-s" + random.nextInt(6));
      int roll = random.nextInt(60);
      if (roll == 0) {
        payloads.add(
            new StatementHidden(
                statement, new ProjectId(project), "off topic", new ParticipantId("moderator")));
      } else if (roll == 1) {
        payloads.add(
            new StatementRestored(
                statement, new ProjectId(project), "on topic", new ParticipantId("moderator")));
      } else {
        payloads.add(vote(project, statement, random));
      }
    }
    for (var project : PROJECTS.subList(0, 2)) {
      payloads.add(vote(project, new StatementId(project + "-s0"), random));
    }
    var events = new ArrayList<TrackedEventMessage<?>>();
    for (int i = 0; i < payloads.size(); i++) {
      events.add(SnapshotTestSupport.tracked(i + 1, payloads.get(i), Events.T0.plusSeconds(i)));
    }
    return events;
  }

  private static StatementPosted posted(String project, int s) {
    return new StatementPosted(
        new StatementId(project + "-s" + s),
        new ProjectId(project),
        "Statement " + s + " of " + project,
        StatementKind.CONTRIBUTION,
        null,
        List.of(),
        null,
        null,
        Events.T0,
        "imported-" + s,
        new ParticipantId("author"),
        null);
  }

  // Voters lean one way or the other on the first statements, so that the clustering finds groups.
  private static VoteCast vote(String project, StatementId statement, SplittableRandom random) {
    int voter = random.nextInt(VOTERS);
    int lean = voter % 2 == 0 ? 1 : -1;
    int value = random.nextInt(4) == 0 ? random.nextInt(3) - 1 : lean;
    return new VoteCast(
        new ProjectId(project),
        statement,
        new ParticipantId("voter-" + voter),
        Vote.of(value),
        Events.T0.plusMillis(random.nextInt(10_000_000)));
  }

  /**
   * A node's live deliberations fed as its processor feeds them, one event at a time, with the synthesis recomputed on
   * virtual time every few events (a replay's recomputations come between its events); how often it was told of
   * changed votes.
   */
  private static final class Live {
    private final Clock clock = Clock.fixed(Events.at(100_000), ZoneOffset.UTC);
    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private long signals;
    private int applied;
    private final Deliberations deliberations =
        new Deliberations(
            JsonMapper.builder().build(),
            new SynthesisService(clock, time) {
              @Override
              void changed(ProjectDeliberation project) {
                signals++;
                super.changed(project);
              }
            },
            clock);
    private final DeliberationProjection projection =
        new DeliberationProjection(deliberations, mock(AuthorNames.class), id -> {});
    private final EventHandlerInvoker invoker =
        SimpleEventHandlerInvoker.builder().eventHandlers(projection).build();

    void apply(TrackedEventMessage<?> event) {
      DefaultUnitOfWork.startAndGet(event)
          .executeWithResult(
              () -> {
                invoker.handle(event, Segment.ROOT_SEGMENT);
                return null;
              });
      if (++applied % 37 == 0) {
        time.advanceTimeBy(Duration.ofMillis(300));
      }
    }

    /** Every recomputation still due has run. */
    void settle() {
      time.advanceTimeBy(Duration.ofSeconds(10));
    }

    String view() {
      var out = new StringBuilder();
      for (var id : PROJECTS) {
        var project = deliberations.find(id).orElseThrow();
        out.append(id)
            .append(" at ")
            .append(project.position())
            .append('\n')
            .append(project.synthesis())
            .append('\n')
            .append(project.statements(null, StatementOrder.RECENT, true, true))
            .append('\n')
            .append(project.participationMap())
            .append('\n')
            .append(project.flagged())
            .append('\n');
        for (int voter = 0; voter < VOTERS; voter++) {
          out.append(project.votesOf("voter-" + voter)).append('\n');
        }
      }
      return out.toString();
    }
  }
}
