package org.deliberation.web.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the commit-log event store guarantees, written once and run on each store: the embedded one and a real
 * MongoDB (see the subclasses). Subclasses give a fresh database per test.
 */
abstract class CommitLogEventStorageEngineContract {

  /** A stored test event. */
  record Noted(String text) {}

  protected abstract MongoDatabase freshDatabase();

  protected WriteBarrier barrier() {
    return WriteBarrier.NONE;
  }

  MongoDatabase database;
  CommitLogEventStorageEngine engine;

  @BeforeEach
  void openStore() {
    database = freshDatabase();
    engine = engine(Clock.systemUTC(), Duration.ofSeconds(60));
  }

  CommitLogEventStorageEngine engine(Clock clock, Duration gapTimeout) {
    var serializer = JacksonSerializer.defaultSerializer();
    return CommitLogEventStorageEngine.builder()
        .database(database)
        .barrier(barrier())
        .clock(clock)
        .gapTimeout(gapTimeout)
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .build();
  }

  static DomainEventMessage<Noted> event(String aggregate, long seq, String text) {
    return new GenericDomainEventMessage<>(
        "Test", aggregate, seq, new Noted(text), MetaData.with("by", "test"));
  }

  static List<DomainEventMessage<Noted>> commit(String aggregate, long first, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> event(aggregate, first + i, aggregate + "#" + (first + i)))
        .toList();
  }

  List<String> aggregate(String id) {
    return engine.readEvents(id).asStream().map(e -> ((Noted) e.getPayload()).text()).toList();
  }

  List<TrackedEventMessage<?>> track(TrackingToken from) {
    return engine.readEvents(from, false).<TrackedEventMessage<?>>map(e -> e).toList();
  }

  static List<String> texts(List<TrackedEventMessage<?>> events) {
    return events.stream().map(e -> ((Noted) e.getPayload()).text()).toList();
  }

  @Nested
  class AggregateStreams {

    @Test
    void readsAnAggregatesEventsInOrderWithTheirMetadataAndTime() {
      engine.appendEvents(commit("a", 0, 3));
      engine.appendEvents(commit("b", 0, 1));
      engine.appendEvents(commit("a", 3, 2));

      var events = engine.readEvents("a").asStream().toList();
      assertThat(events)
          .extracting(DomainEventMessage::getSequenceNumber)
          .containsExactly(0L, 1L, 2L, 3L, 4L);
      assertThat(events)
          .extracting(e -> ((Noted) e.getPayload()).text())
          .containsExactly("a#0", "a#1", "a#2", "a#3", "a#4");
      assertThat(events.getFirst().getMetaData()).containsEntry("by", "test");
      assertThat(events.getFirst().getTimestamp())
          .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
    }

    @Test
    void readsFromASequenceNumberInsideACommit() {
      engine.appendEvents(commit("a", 0, 4));
      engine.appendEvents(commit("a", 4, 2));

      assertThat(engine.readEvents("a", 2).asStream().map(e -> ((Noted) e.getPayload()).text()))
          .containsExactly("a#2", "a#3", "a#4", "a#5");
    }

    @Test
    void followsLongStreamsAcrossReadWindows() {
      for (int i = 0; i < 250; i++) {
        engine.appendEvents(commit("long", i, 1));
      }

      assertThat(aggregate("long")).hasSize(250).endsWith("long#249");
    }
  }

  @Nested
  class Commits {

    @Test
    void storesAMultiEventCommitEntirelyOrNotAtAll() {
      engine.appendEvents(commit("a", 0, 3));

      assertThatThrownBy(
              () ->
                  engine.appendEvents(
                      List.of(event("a", 0, "x0"), event("a", 1, "x1"), event("a", 2, "x2"))))
          .isInstanceOf(AggregateStreamCreationException.class);
      engine.appendEvents(commit("a", 3, 2));

      assertThat(aggregate("a")).containsExactly("a#0", "a#1", "a#2", "a#3", "a#4");
    }

    @Test
    void refusesACommitLargerThanTheLimitAndStoresNothing() {
      var tooMany = commit("big", 0, CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT + 1);

      assertThatThrownBy(() -> engine.appendEvents(tooMany))
          .isInstanceOf(EventStoreException.class);
      assertThat(aggregate("big")).isEmpty();
      assertThat(track(null)).isEmpty();
    }

    @Test
    void storesACommitOfFreeEventsOnceWhenItsFirstIdentifierIsSentAgain() {
      // An import resumed after a crash sends its last batch again, with the same identifiers.
      List<EventMessage<?>> batch =
          IntStream.range(0, CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT)
              .<EventMessage<?>>mapToObj(
                  i ->
                      new GenericEventMessage<>(
                          "batch-7/" + i,
                          new Noted("vote " + i),
                          MetaData.emptyInstance(),
                          Instant.now()))
              .toList();
      engine.appendEvents(batch);

      assertThatThrownBy(() -> engine.appendEvents(batch))
          .isInstanceOf(CommitAlreadyStoredException.class);
      engine.appendEvents(List.of(GenericEventMessage.asEventMessage(new Noted("next"))));

      var tracked = texts(track(null));
      assertThat(tracked)
          .hasSize(batch.size() + 1)
          .startsWith("vote 0", "vote 1")
          .endsWith("vote 255", "next");
    }

    @Test
    void tracksPastTombstonesLargerThanABatch() {
      // A refused commit of many events leaves a tombstone wider than a tracking batch (100 events
      // by default):
      // a reader must look past it, or every processor stops there for good.
      List<EventMessage<?>> batch =
          IntStream.range(0, CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT)
              .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage(new Noted("x")))
              .toList();
      engine.appendEvents(List.of(GenericEventMessage.asEventMessage(new Noted("before"))));
      engine.appendEvents(batch);
      for (int refused = 0; refused < 3; refused++) {
        assertThatThrownBy(() -> engine.appendEvents(batch))
            .isInstanceOf(CommitAlreadyStoredException.class);
      }
      engine.appendEvents(List.of(GenericEventMessage.asEventMessage(new Noted("after"))));

      var tracked = track(null);
      assertThat(texts(tracked))
          .hasSize(batch.size() + 2)
          .startsWith("before", "x")
          .endsWith("x", "after");
      assertThat(track(tracked.getLast().trackingToken())).isEmpty();
      assertThat(texts(track(tracked.get(batch.size()).trackingToken()))).containsExactly("after");
    }

    @Test
    void refusesACommitThatChangesTwoAggregates() {
      assertThatThrownBy(() -> engine.appendEvents(List.of(event("a", 0, "a"), event("b", 0, "b"))))
          .isInstanceOf(EventStoreException.class);
      assertThat(track(null)).isEmpty();
    }

    @Test
    void ofTwoWritersStartingFromTheSameVersionExactlyOneWins() throws Exception {
      for (int round = 0; round < 20; round++) {
        var aggregate = "race-" + round;
        engine.appendEvents(commit(aggregate, 0, 1));
        var start = new CountDownLatch(1);
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (var text : List.of("left", "right")) {
          writers.add(
              () -> {
                start.await();
                try {
                  engine.appendEvents(
                      List.of(event(aggregate, 1, text), event(aggregate, 2, text)));
                  return true;
                } catch (ConcurrencyException refused) {
                  return false;
                }
              });
        }
        var outcomes = new ArrayList<Boolean>();
        try (var executor = Executors.newFixedThreadPool(2)) {
          var futures = writers.stream().map(executor::submit).toList();
          start.countDown();
          for (var future : futures) {
            outcomes.add(future.get());
          }
        }
        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        var stored = aggregate(aggregate);
        assertThat(stored).hasSize(3);
        assertThat(stored.get(1)).isEqualTo(stored.get(2));
      }
    }
  }

  @Nested
  class Tracking {

    @Test
    void readsEverythingInGlobalOrderAndResumesFromAnyToken() {
      engine.appendEvents(commit("a", 0, 3));
      engine.appendEvents(List.of(GenericEventMessage.asEventMessage(new Noted("free"))));
      engine.appendEvents(commit("b", 0, 2));
      engine.appendEvents(commit("a", 3, 1));

      var all = track(null);
      assertThat(texts(all)).containsExactly("a#0", "a#1", "a#2", "free", "b#0", "b#1", "a#3");
      assertThat(all)
          .allSatisfy(e -> assertThat(e.trackingToken()).isInstanceOf(GapAwareTrackingToken.class));
      for (int i = 0; i < all.size(); i++) {
        assertThat(texts(track(all.get(i).trackingToken())))
            .as("after event %d", i)
            .isEqualTo(texts(all).subList(i + 1, all.size()));
      }
    }

    @Test
    void aRefusedCommitLeavesNoGapBehind() {
      engine.appendEvents(commit("a", 0, 2));
      assertThatThrownBy(() -> engine.appendEvents(commit("a", 0, 2)))
          .isInstanceOf(AggregateStreamCreationException.class);
      engine.appendEvents(List.of(event("b", 0, "b#0")));
      engine.appendEvents(commit("a", 2, 1));
      assertThatThrownBy(() -> engine.appendEvents(commit("a", 2, 3)))
          .isInstanceOf(ConcurrencyException.class);
      engine.appendEvents(commit("c", 0, 1));

      var all = track(null);
      assertThat(texts(all)).containsExactly("a#0", "a#1", "b#0", "a#2", "c#0");
      var last = (GapAwareTrackingToken) all.getLast().trackingToken();
      assertThat(last.getGaps()).isEmpty();
    }

    @Test
    void deliversACommitThatBecameVisibleLateExactlyOnce() {
      engine.appendEvents(commit("early", 0, 1));
      long reserved = reserveIndexes(2); // a writer took indexes, and is slow to insert
      engine.appendEvents(commit("later", 0, 1));

      var first = track(null);
      assertThat(texts(first)).containsExactly("early#0", "later#0");
      var token = (GapAwareTrackingToken) first.getLast().trackingToken();
      assertThat(token.getGaps()).containsExactly(reserved, reserved + 1);

      insertLate(reserved, "late", 2);
      var second = track(token);
      assertThat(texts(second)).containsExactly("late#0", "late#1");
      assertThat(((GapAwareTrackingToken) second.getLast().trackingToken()).getGaps()).isEmpty();
      assertThat(track(second.getLast().trackingToken())).isEmpty();
    }

    @Test
    void stopsWaitingForAGapOlderThanTheTimeout() {
      var now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
      var clock =
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now.get();
            }
          };
      engine = engine(clock, Duration.ofSeconds(60));
      long reserved = reserveIndexes(1); // a writer that died after taking its index
      engine.appendEvents(commit("after", 0, 1));
      var token = track(null).getLast().trackingToken();
      assertThat(((GapAwareTrackingToken) token).getGaps()).containsExactly(reserved);

      now.set(now.get().plusSeconds(61));
      engine.appendEvents(commit("much-later", 0, 1));

      var next = track(token);
      assertThat(texts(next)).containsExactly("much-later#0");
      assertThat(((GapAwareTrackingToken) next.getLast().trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void everyConcurrentWriterIsSeenExactlyOnceByATrackingReaderAndEqualsAReplay()
        throws Exception {
      int writers = 16;
      int commitsEach = 40;
      var random = new Random(42);
      var delays = new ConcurrentHashMap<Integer, Integer>();
      var seen = new ConcurrentHashMap<String, AtomicInteger>();
      var order = Collections.synchronizedList(new ArrayList<String>());
      var done = new AtomicBoolean();
      var reader = Executors.newSingleThreadExecutor();
      var reading =
          reader.submit(
              () -> {
                TrackingToken token = null;
                while (!done.get() || !track(token).isEmpty()) {
                  for (var event : track(token)) {
                    var id = event.getIdentifier();
                    seen.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    order.add(id);
                    token = event.trackingToken();
                  }
                }
                return null;
              });
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        delays.put(w, random.nextInt(3));
        tasks.add(
            () -> {
              for (int c = 0; c < commitsEach; c++) {
                if (c % 4 == 0) {
                  appendRetrying(
                      "shared",
                      writer); // contended aggregate: conflicts retried from the latest version
                } else {
                  engine.appendEvents(commit("w" + writer + "-" + c, 0, 1 + c % 3));
                }
                Thread.sleep(delays.get(writer)); // spread the writers out unevenly, seeded
              }
              return null;
            });
      }
      try (var executor = Executors.newFixedThreadPool(writers)) {
        for (var result : executor.invokeAll(tasks)) {
          result.get();
        }
      }
      done.set(true);
      reading.get();
      reader.shutdown();

      var replay = track(null).stream().map(EventMessage::getIdentifier).toList();
      assertThat(replay).doesNotHaveDuplicates();
      assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(replay);
      assertThat(seen.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
      assertThat(aggregate("shared")).hasSize(writers * (commitsEach / 4));
    }

    private void appendRetrying(String aggregate, int writer) {
      while (true) {
        long next = engine.readEvents(aggregate).asStream().count();
        try {
          engine.appendEvents(List.of(event(aggregate, next, "w" + writer)));
          return;
        } catch (ConcurrencyException | AggregateStreamCreationException lostTheRace) {
          // read the newer version and try again, as a command retry does
        }
      }
    }
  }

  /** Takes indexes from the counter as a writer does before inserting, without inserting. */
  long reserveIndexes(int count) {
    var counter =
        database
            .getCollection("event_counters")
            .findOneAndUpdate(
                Filters.eq("_id", "globalIndex"),
                Updates.inc("next", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    return ((Number) counter.get("next")).longValue() - count;
  }

  /** Inserts a commit at reserved indexes, as the slow writer finally does. */
  void insertLate(long globalIndex, String aggregate, int count) {
    var serializer = JacksonSerializer.defaultSerializer();
    var events = new ArrayList<Document>();
    for (var message : commit(aggregate, 0, count)) {
      events.add(
          new Document("eventId", message.getIdentifier())
              .append("aggregateId", aggregate)
              .append("type", "Test")
              .append("seq", message.getSequenceNumber())
              .append("timestamp", message.getTimestamp().toString())
              .append("payloadType", Noted.class.getName())
              .append("payloadRevision", null)
              .append("payload", serializer.serialize(message.getPayload(), String.class).getData())
              .append("metaData", "{}"));
    }
    database
        .getCollection("event_commits")
        .insertOne(
            new Document("_id", aggregate + "@0000000000000000000")
                .append("globalIndex", globalIndex)
                .append("count", count)
                .append("committedAt", new Date())
                .append("events", events));
  }
}
