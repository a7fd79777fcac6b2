package org.deliberation.web.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import org.bson.Document;

/**
 * Fills an event store fast for a benchmark: commit documents of the shape the engine writes (one event each, JSON
 * payload, consecutive global indexes) inserted in bulk, instead of a million commands.
 */
final class CommitDocuments {

  /** One event's payload: its class name and its JSON, as the engine's serializer writes them. */
  record Payload(String type, String json) {}

  /** Inserts the events {@code from} (inclusive) to {@code to} (exclusive); returns the seconds it took. */
  static double bulkLoad(
      MongoCollection<Document> commits,
      MongoCollection<Document> counters,
      long from,
      long to,
      LongFunction<Payload> payload) {
    long start = System.nanoTime();
    // The engine's index, made on the empty collection as a real store's first start makes it. Made
    // at the server's start over a million loaded commits, it is one chunk of the embedded store's
    // file, larger than a 1 GiB heap holds.
    commits.createIndex(
        Indexes.ascending("globalIndex"), new IndexOptions().unique(true).name("globalIndex"));
    var batch = new ArrayList<Document>(1_000);
    var now = new Date();
    for (long index = from; index < to; index++) {
      var aggregate = "bulk-" + index;
      var event = payload.apply(index);
      batch.add(
          new Document("_id", aggregate + "@0000000000000000000")
              .append("globalIndex", index)
              .append("count", 1)
              .append("committedAt", now)
              .append(
                  "events",
                  List.of(
                      new Document("eventId", UUID.randomUUID().toString())
                          .append("aggregateId", aggregate)
                          .append("type", "Bench")
                          .append("seq", 0L)
                          .append("timestamp", Instant.now().toString())
                          .append("payloadType", event.type())
                          .append("payloadRevision", null)
                          .append("payload", event.json())
                          .append("metaData", "{}"))));
      if (batch.size() == 1_000) {
        commits.insertMany(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      commits.insertMany(batch);
    }
    counters.replaceOne(
        Filters.eq("_id", "globalIndex"),
        new Document("_id", "globalIndex").append("next", to),
        new ReplaceOptions().upsert(true));
    return (System.nanoTime() - start) / 1e9;
  }

  private CommitDocuments() {}
}
