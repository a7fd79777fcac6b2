package org.deliberation.web.platform.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.platform.axon.EventSerialization;
import org.junit.jupiter.api.Test;

/** Every event reads back as it was written, and a writer that goes on after a restore writes what one writer would. */
class MessageCodecTest {

  private static final PayloadCodec<VoteCast> VOTES =
      new PayloadCodec<>() {
        @Override
        public Class<VoteCast> type() {
          return VoteCast.class;
        }

        @Override
        public int version() {
          return 1;
        }

        @Override
        public void write(VoteCast vote, JournalOutput out) throws IOException {
          out.name(vote.projectId().value());
          out.name(vote.statementId().value());
          out.name(vote.participant().value());
          out.signed(vote.vote().value());
          out.signed(vote.castAt().getEpochSecond());
          out.number(vote.castAt().getNano());
        }

        @Override
        public VoteCast read(JournalInput in) throws IOException {
          return new VoteCast(
              new ProjectId(in.name()),
              new StatementId(in.name()),
              new ParticipantId(in.name()),
              Vote.of((int) in.signed()),
              Instant.ofEpochSecond(in.signed(), in.number()));
        }
      };

  private final MessageCodec codec =
      new MessageCodec(EventSerialization.serializer(), List.of(VOTES));

  @Test
  void everyEventReadsBackWithItsPositionInstantIdentifierAndAggregate() {
    forAll(
        16,
        200,
        MessageCodecTest::events,
        events -> {
          var bytes = new ByteArrayOutputStream();
          var writer = codec.writer(bytes);
          events.forEach(event -> write(writer, event));
          var reader = codec.reader(new java.io.ByteArrayInputStream(bytes.toByteArray()));
          var read = new ArrayList<TrackedEventMessage<?>>();
          try {
            while (reader.hasNext()) {
              read.add(reader.next());
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          assertThat(read).hasSameSizeAs(events);
          for (int i = 0; i < events.size(); i++) {
            assertThat(describe(read.get(i))).isEqualTo(describe(events.get(i)));
          }
        });
  }

  @Test
  void aWriterThatGoesOnAfterTheEventsReadWritesWhatOneWriterWould() throws IOException {
    forAll(
        17,
        100,
        MessageCodecTest::events,
        events -> {
          int cut = events.size() / 2;
          var straight = new ByteArrayOutputStream();
          var one = codec.writer(straight);
          events.forEach(event -> write(one, event));

          var first = new ByteArrayOutputStream();
          var before = codec.writer(first);
          events.subList(0, cut).forEach(event -> write(before, event));
          var reader = codec.reader(new java.io.ByteArrayInputStream(first.toByteArray()));
          try {
            while (reader.hasNext()) {
              reader.next();
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          var after = reader.continueOn(first);
          events.subList(cut, events.size()).forEach(event -> write(after, event));
          assertThat(first.toByteArray()).isEqualTo(straight.toByteArray());
        });
  }

  @Test
  void aVoteTakesAFewBytesOnceItsNamesAreKnown() {
    var bytes = new ByteArrayOutputStream();
    var writer = codec.writer(bytes);
    var first = Instant.parse("2026-03-01T10:00:00Z");
    write(writer, vote(1, "p1", "s1", "alice", 1, first));
    int known = bytes.size();
    write(writer, vote(2, "p1", "s1", "alice", -1, first.plusSeconds(3)));
    // 16 of the 27 bytes are the message's identifier, a UUID.
    assertThat(bytes.size() - known).isLessThanOrEqualTo(32);
  }

  /**
   * Seeded cases, each reported with its seed (core's Property harness is in a test-jar the web module's tests do not
   * see when the modules are built together without packaging).
   */
  private static void forAll(
      long seed,
      int tries,
      java.util.function.Function<SplittableRandom, List<TrackedEventMessage<?>>> generator,
      java.util.function.Consumer<List<TrackedEventMessage<?>>> property) {
    var seeds = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      long caseSeed = seeds.nextLong();
      try {
        property.accept(generator.apply(new SplittableRandom(caseSeed)));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("falsified by case " + i + " (seed " + caseSeed + ")", e);
      }
    }
  }

  private static void write(MessageCodec.Writer writer, TrackedEventMessage<?> event) {
    try {
      writer.write(event);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String describe(TrackedEventMessage<?> message) {
    var domain =
        message instanceof DomainEventMessage<?> d
            ? d.getType() + "/" + d.getAggregateIdentifier() + "/" + d.getSequenceNumber()
            : "-";
    return message.trackingToken().position().orElse(-1)
        + " "
        + message.getTimestamp()
        + " "
        + message.getIdentifier()
        + " "
        + domain
        + " "
        + message.getPayload();
  }

  private static List<TrackedEventMessage<?>> events(SplittableRandom random) {
    var events = new ArrayList<TrackedEventMessage<?>>();
    long position = random.nextInt(5);
    var at = Instant.parse("2026-03-01T10:00:00Z");
    int count = random.nextInt(40);
    for (int i = 0; i < count; i++) {
      // Positions mostly grow, but a late commit may come after a later one (a filled gap).
      position += random.nextInt(10) == 0 ? -random.nextInt(3) : 1 + random.nextInt(3);
      at = at.plusNanos(random.nextLong(5_000_000_000L)).minusMillis(random.nextInt(2) * 10);
      var participant = "participant-" + random.nextInt(6);
      if (random.nextInt(4) == 0) {
        var erased =
            new ParticipantErased(new ParticipantId(participant), new ParticipantId("admin"));
        var id = random.nextBoolean() ? java.util.UUID.randomUUID().toString() : "id-" + i;
        events.add(
            new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(Math.max(position, 0)),
                new GenericDomainEventMessage<>(
                    random.nextBoolean() ? "Participant" : null,
                    participant,
                    random.nextInt(1000),
                    new org.axonframework.messaging.GenericMessage<>(
                        id, erased, java.util.Map.of()),
                    at)));
      } else {
        events.add(
            vote(
                Math.max(position, 0),
                "project-" + random.nextInt(2),
                "statement-" + random.nextInt(8),
                participant,
                random.nextInt(3) - 1,
                at));
      }
    }
    return events;
  }

  private static TrackedEventMessage<?> vote(
      long position, String project, String statement, String participant, int value, Instant at) {
    return SnapshotTestSupport.tracked(
        position,
        new VoteCast(
            new ProjectId(project),
            new StatementId(statement),
            new ParticipantId(participant),
            Vote.of(value),
            at),
        at);
  }
}
