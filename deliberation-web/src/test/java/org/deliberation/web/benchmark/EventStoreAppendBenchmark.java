package org.deliberation.web.benchmark;

import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.deliberation.web.platform.eventstore.CommitLogEventStorageEngine;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.deliberation.web.platform.store.StoreForceSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appends per second on the embedded store when it holds 10 thousand events and when it holds a million, in the same
 * run, so that decay shows as a ratio rather than as a comparison between noisy machines. The million events are
 * loaded as commit documents of the shape the engine writes (a bulk insert, not a million commands), then appends are
 * measured through the engine exactly as commands append, each acknowledged once the store has forced its file. At
 * 10k the same appends are also measured with the force turned off, to show what it costs.
 */
class EventStoreAppendBenchmark {

  private static final int MEASURED_APPENDS = 3_000;
  private static final int LARGE = 1_000_000;
  private static final int SMALL = 10_000;

  /** A stored event's payload: the size of a typical vote or short edit. */
  record Noted(String subject, String text) {}

  @TempDir Path data;

  @Test
  void appendsAtTenThousandAndAtAMillionEvents() {
    try (var store = new EmbeddedMongo(data);
        var client = MongoClients.create(store.connectionString())) {
      var serializer = JacksonSerializer.defaultSerializer();
      var engine =
          CommitLogEventStorageEngine.builder()
              .database(client.getDatabase("bench"))
              .barrier(store.barrier())
              .clock(Clock.systemUTC())
              .eventSerializer(serializer)
              .snapshotSerializer(serializer)
              .build();
      var commits = client.getDatabase("bench").getCollection("event_commits");
      var counters = client.getDatabase("bench").getCollection("event_counters");

      BenchmarkReport.line("## Event store appends (" + BenchmarkReport.machine() + ")");
      bulkLoad(commits, counters, 0, SMALL);
      var small = measure(engine, "at 10k");
      var readSmall = measureTracking(engine, SMALL);
      forceCost(store, engine);
      bulkLoad(commits, counters, SMALL + 5 * MEASURED_APPENDS, LARGE);
      var large = measure(engine, "at 1M");
      var readLarge = measureTracking(engine, LARGE);
      BenchmarkReport.line(
          String.format(Locale.ROOT, "| appends/s at 1M ÷ at 10k | %.2f |", large / small));
      BenchmarkReport.line(
          String.format(
              Locale.ROOT, "| tracking reads/s at 1M ÷ at 10k | %.2f |", readLarge / readSmall));
    }
  }

  /**
   * What forcing the file costs, against the same appends with the force off (test-only switch), in the same run:
   * one appender (no one to share a force with) and 16 concurrent appenders (group commit).
   */
  private static void forceCost(EmbeddedMongo store, CommitLogEventStorageEngine engine) {
    StoreForceSwitch.forceFile(store, false);
    var unforced = measure(engine, "at 10k, not forced (baseline)");
    var unforcedConcurrent = measureConcurrent(engine, "not forced (baseline)");
    StoreForceSwitch.forceFile(store, true);
    var forcedConcurrent = measureConcurrent(engine, "forced");
    var forced = measure(engine, "at 10k, forced, again");
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| one appender, forced ÷ not forced | %.2f |\n| 16 appenders, forced ÷ not forced | %.2f |",
            forced / unforced,
            forcedConcurrent / unforcedConcurrent));
  }

  private static double measureConcurrent(CommitLogEventStorageEngine engine, String label) {
    try {
      var run =
          ConcurrentClients.run(
              16,
              MEASURED_APPENDS / 16,
              (client, i) ->
                  engine.appendEvents(
                      new GenericDomainEventMessage<>(
                          "Bench",
                          UUID.randomUUID().toString(),
                          0,
                          new Noted("c" + client + "-" + i, "an event of ordinary size " + i))));
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| appends/s at 10k, 16 concurrent appenders, %s | %.0f | p50 %.2f ms, p99 %.2f ms |",
              label,
              run.rate(),
              BenchmarkReport.percentile(run.latencies(), 0.5),
              BenchmarkReport.percentile(run.latencies(), 0.99)));
      return run.rate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static double measure(CommitLogEventStorageEngine engine, String label) {
    long[] latencies = new long[MEASURED_APPENDS];
    long start = System.nanoTime();
    for (int i = 0; i < MEASURED_APPENDS; i++) {
      long t0 = System.nanoTime();
      engine.appendEvents(
          new GenericDomainEventMessage<>(
              "Bench",
              UUID.randomUUID().toString(),
              0,
              new Noted("s" + i, "an event of ordinary size, like a vote or a short edit " + i)));
      latencies[i] = System.nanoTime() - t0;
    }
    double perSecond = MEASURED_APPENDS / ((System.nanoTime() - start) / 1e9);
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| appends/s %s (sequential, 1 event per commit, durable) | %.0f | p50 %.2f ms,"
                + " p99 %.2f ms |",
            label,
            perSecond,
            BenchmarkReport.percentile(latencies, 0.5),
            BenchmarkReport.percentile(latencies, 0.99)));
    return perSecond;
  }

  // A projection catching up from 10k events before the head: events per second read through
  // tracking tokens.
  private static double measureTracking(CommitLogEventStorageEngine engine, long head) {
    TrackingToken token =
        org.axonframework.eventhandling.GapAwareTrackingToken.newInstance(head - 10_001, List.of());
    int read = 0;
    long start = System.nanoTime();
    while (read < 10_000) {
      var batch = engine.readEvents(token, false).limit(100).toList();
      if (batch.isEmpty()) {
        break;
      }
      read += batch.size();
      token = ((TrackedEventMessage<?>) batch.getLast()).trackingToken();
    }
    double perSecond = read / ((System.nanoTime() - start) / 1e9);
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| tracking reads/s, 10k events before the head of %,d | %.0f |",
            head,
            perSecond));
    return perSecond;
  }

  private static void bulkLoad(
      com.mongodb.client.MongoCollection<Document> commits,
      com.mongodb.client.MongoCollection<Document> counters,
      long from,
      long to) {
    var payload =
        new CommitDocuments.Payload(
            Noted.class.getName(),
            "{\"subject\":\"s\",\"text\":\"an event of ordinary size, like a vote or a short edit\"}");
    double seconds = CommitDocuments.bulkLoad(commits, counters, from, to, index -> payload);
    BenchmarkReport.line(
        String.format(Locale.ROOT, "| bulk load to %,d events | %.0f s |", to, seconds));
  }
}
