package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.Vote;
import org.deliberation.web.participant.AuthorNames;
import org.deliberation.web.platform.snapshot.PayloadCodec;
import org.deliberation.web.platform.snapshot.SnapshotTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live deliberations restored from a snapshot, then fed the events after it, equal the ones fed every event:
 * statements, their counts and moderation, every voter's votes, the stage and the position.
 */
class DeliberationSnapshotTest {

  private static final List<PayloadCodec<?>> CODECS =
      List.of(DeliberationSnapshots.voteCastCodec());

  @TempDir Path dir;

  @Test
  void restoredFromASnapshotAndTheTailEqualsReplayedFromEveryEvent() {
    var seeds = new SplittableRandom(16);
    for (int c = 0; c < 40; c++) {
      long seed = seeds.nextLong();
      var random = new SplittableRandom(seed);
      var events = events(random);
      int cut = random.nextInt(events.size() + 1);
      var file = dir.resolve("case-" + c + ".snapshot");

      var fromEvents = new Live();
      events.forEach(fromEvents::apply);

      var before = new Live();
      var written = new SnapshotTestSupport(file, CODECS);
      for (var event : events.subList(0, cut)) {
        before.apply(event);
        written.applied(event);
      }
      written.write();

      var restored = new Live();
      long applied =
          new SnapshotTestSupport(file, CODECS)
              .restore(restored.invoker, new GlobalSequenceTrackingToken(events.size()));
      events.subList(cut, events.size()).forEach(restored::apply);

      assertThat(applied).as("seed %d", seed).isEqualTo(cut);
      assertThat(restored.view()).as("seed %d, cut at %d", seed, cut).isEqualTo(fromEvents.view());
    }
  }

  @Test
  void aSnapshotOfAnotherSchemaVersionIsIgnoredAndTheProjectionRebuilt() {
    var file = dir.resolve("other.snapshot");
    var events = events(new SplittableRandom(7));
    var written = new SnapshotTestSupport(file, CODECS);
    events.forEach(written::applied);
    written.write();
    var votesOfVersion2 = new VersionTwo(DeliberationSnapshots.voteCastCodec());

    var restored = new Live();
    long applied =
        new SnapshotTestSupport(file, List.of(votesOfVersion2))
            .restore(restored.invoker, new GlobalSequenceTrackingToken(events.size()));

    assertThat(applied).isZero();
    assertThat(restored.deliberations.all()).isEmpty();
  }

  @Test
  void aSnapshotPastTheStoresLastEventIsIgnored() {
    var file = dir.resolve("replaced.snapshot");
    var events = events(new SplittableRandom(8));
    var written = new SnapshotTestSupport(file, CODECS);
    events.forEach(written::applied);
    written.write();

    var restored = new Live();
    long applied =
        new SnapshotTestSupport(file, CODECS)
            .restore(restored.invoker, new GlobalSequenceTrackingToken(events.size() - 1));

    assertThat(applied).isZero();
    assertThat(restored.deliberations.all()).isEmpty();
  }

  /** The same codec under another version, as after a change to its form. */
  private record VersionTwo(PayloadCodec<org.deliberation.core.statement.event.VoteCast> codec)
      implements PayloadCodec<org.deliberation.core.statement.event.VoteCast> {
    @Override
    public Class<org.deliberation.core.statement.event.VoteCast> type() {
      return codec.type();
    }

    @Override
    public int version() {
      return codec.version() + 1;
    }

    @Override
    public void write(
        org.deliberation.core.statement.event.VoteCast payload,
        org.deliberation.web.platform.snapshot.JournalOutput out)
        throws java.io.IOException {
      codec.write(payload, out);
    }

    @Override
    public org.deliberation.core.statement.event.VoteCast read(
        org.deliberation.web.platform.snapshot.JournalInput in) throws java.io.IOException {
      return codec.read(in);
    }
  }

  /** A project's statements posted, voted on by a few participants, hidden and restored, reported, its stage moved. */
  private static List<TrackedEventMessage<?>> events(SplittableRandom random) {
    var events = new ArrayList<TrackedEventMessage<?>>();
    int statements = 1 + random.nextInt(6);
    int count = 1 + random.nextInt(120);
    int posted = 0;
    for (int i = 1; i <= count; i++) {
      var at = Events.at(i);
      Object event;
      int roll = random.nextInt(20);
      var statement = "s" + random.nextInt(Math.max(posted, 1));
      if (posted < statements && (posted == 0 || roll == 0)) {
        event = Events.contribution("s" + posted++, "Statement number " + posted);
      } else if (roll == 1) {
        event = Events.hidden(statement, "off topic");
      } else if (roll == 2) {
        event = Events.restored(statement, "on topic after all");
      } else if (roll == 3) {
        event = Events.flagged(statement, "reader-" + random.nextInt(3), "rude");
      } else if (roll == 4) {
        event =
            new StageChanged(
                new ProjectId(Events.PROJECT),
                Stage.DRAFT,
                Stage.values()[random.nextInt(Stage.values().length)],
                null,
                new ParticipantId("official"));
      } else {
        event =
            Events.vote(
                "voter-" + random.nextInt(8),
                statement,
                Vote.of(random.nextInt(3) - 1),
                at.plusMillis(random.nextInt(1000)));
      }
      events.add(SnapshotTestSupport.tracked(i, event, at));
    }
    return events;
  }

  /** A node's live deliberations, fed through the projection's handlers as its processor feeds them. */
  private static final class Live {
    private final Clock clock = Clock.fixed(Events.at(1000), ZoneOffset.UTC);
    private final Deliberations deliberations = LiveFixture.deliberations(clock);
    private final EventHandlerInvoker invoker =
        SimpleEventHandlerInvoker.builder()
            .eventHandlers(
                new DeliberationProjection(deliberations, mock(AuthorNames.class), id -> {}))
            .build();

    void apply(TrackedEventMessage<?> event) {
      DefaultUnitOfWork.startAndGet(event)
          .executeWithResult(
              () -> {
                invoker.handle(event, Segment.ROOT_SEGMENT);
                return null;
              });
    }

    String view() {
      var out = new StringBuilder();
      var projects = new TreeSet<String>();
      deliberations.all().forEach(project -> projects.add(project.project()));
      for (var id : projects) {
        var project = deliberations.of(id);
        out.append(id)
            .append(" at ")
            .append(project.position())
            .append(' ')
            .append(project.stage())
            .append('\n')
            .append(project.statements(null, StatementOrder.RECENT, true, true))
            .append('\n')
            .append(project.flagged())
            .append('\n');
        for (int voter = 0; voter < 8; voter++) {
          out.append(project.votesOf("voter-" + voter)).append('\n');
        }
      }
      return out.toString();
    }
  }
}
