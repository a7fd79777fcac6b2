package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.search.IndexChange;
import org.deliberation.search.IndexMapping;
import org.deliberation.search.SearchIndex;
import org.deliberation.search.SearchQuery;
import org.deliberation.web.platform.eventstore.CommitLogEventStorageEngine;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full rebuild of the search index from a million events in the embedded store: read through tracking tokens as the
 * search processor reads them (batches of 100), each payload deserialized, mapped and applied, a commit with the
 * position every second. The events are statements written like the Pol.is comments ({@link PolisCorpus}). The
 * baseline, in the same run, is reading the same million events without indexing them.
 */
class SearchRebuildBenchmark {

  private static final int EVENTS = Integer.getInteger("benchmark.search.events", 1_000_000);
  private static final int BATCH = 100;

  @TempDir Path data;

  @Test
  void rebuildsTheIndexFromAMillionEvents() throws IOException {
    var corpus = PolisCorpus.load();
    try (var store = new EmbeddedMongo(data.resolve("store"));
        var client = MongoClients.create(store.connectionString())) {
      var serializer = JacksonSerializer.defaultSerializer();
      var database = client.getDatabase("bench");
      var engine =
          CommitLogEventStorageEngine.builder()
              .database(database)
              .barrier(store.barrier())
              .clock(Clock.systemUTC())
              .eventSerializer(serializer)
              .snapshotSerializer(serializer)
              .build();
      var random = new SplittableRandom(9);
      double load =
          CommitDocuments.bulkLoad(
              database.getCollection("event_commits"),
              database.getCollection("event_counters"),
              0,
              EVENTS,
              n -> {
                var event =
                    new StatementPosted(
                        new StatementId("s" + n),
                        new ProjectId("p" + (n % 100)),
                        corpus.statement(n, random),
                        StatementKind.CONTRIBUTION,
                        null,
                        List.of(),
                        null,
                        null,
                        Instant.EPOCH,
                        null,
                        new ParticipantId("a" + (n % 50_000)));
                return new CommitDocuments.Payload(
                    StatementPosted.class.getName(),
                    serializer.serialize(event, String.class).getData());
              });
      BenchmarkReport.line("## Search index rebuild (" + BenchmarkReport.machine() + ")");
      BenchmarkReport.line(
          String.format(
              Locale.ROOT, "| bulk load of %,d statement events (setup) | %.0f s |", EVENTS, load));

      long t0 = System.nanoTime();
      long read = replay(engine, null);
      double readOnly = (System.nanoTime() - t0) / 1e9;
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| reading %,d events through tracking tokens (baseline) | %.0f s, %,.0f"
                  + " events/s |",
              read,
              readOnly,
              read / readOnly));

      try (var index = SearchIndex.open(data.resolve("index"))) {
        long t1 = System.nanoTime();
        long indexed = replay(engine, index);
        double rebuild = (System.nanoTime() - t1) / 1e9;
        assertThat(index.search(SearchQuery.of(corpus.words().getFirst())).total()).isPositive();
        BenchmarkReport.line(
            String.format(
                Locale.ROOT,
                "| full rebuild from %,d events | %.0f s, %,.0f events/s |",
                indexed,
                rebuild,
                indexed / rebuild));
        BenchmarkReport.line(
            String.format(Locale.ROOT, "| rebuild ÷ reading alone | %.1f |", rebuild / readOnly));
      }
    }
  }

  /** Reads every event from the start; with an index, maps and applies them as the search processor does. */
  private static long replay(CommitLogEventStorageEngine engine, SearchIndex index)
      throws IOException {
    TrackingToken token = null;
    long read = 0;
    long lastCommit = System.nanoTime();
    while (true) {
      var batch = engine.readEvents(token, false).limit(BATCH).toList();
      if (batch.isEmpty()) {
        break;
      }
      var changes = new ArrayList<IndexChange>();
      for (var message : batch) {
        var payload = message.getPayload();
        if (index != null) {
          changes.addAll(IndexMapping.changesFor(payload));
        }
      }
      read += batch.size();
      token = ((TrackedEventMessage<?>) batch.getLast()).trackingToken();
      if (index != null) {
        index.apply(changes);
        if (System.nanoTime() - lastCommit > 1_000_000_000L) {
          index.commit(token.toString());
          lastCommit = System.nanoTime();
        }
      }
    }
    if (index != null) {
      index.commit(String.valueOf(token));
    }
    return read;
  }
}
