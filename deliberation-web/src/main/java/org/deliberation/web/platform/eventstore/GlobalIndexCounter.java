package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.Objects;
import org.bson.Document;

/** Hands out ranges of global indexes from one counter document ({@code $inc}), and says where the head is. */
final class GlobalIndexCounter {

  static final String COUNTER_ID = "globalIndex";

  private final MongoCollection<Document> counters;

  /**
   * No lock of this process's own around the increment: the embedded store applies its writes one at a time and
   * copies a {@code findAndModify}'s answer before the next one (the store's {@code SerializedWrites}), as a real
   * MongoDB answers each {@code $inc} with its own result. A lock here held every append of the process in line
   * for a whole round trip, which under load capped all appends together at one per round trip.
   */
  GlobalIndexCounter(MongoCollection<Document> counters) {
    this.counters = counters;
  }

  /** The first of {@code count} consecutive indexes no other writer gets. */
  long allocate(int count) {
    var counter =
        counters.findOneAndUpdate(
            eq("_id", COUNTER_ID),
            Updates.inc("next", (long) count),
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    return ((Number) Objects.requireNonNull(counter).get("next")).longValue() - count;
  }

  /** The next global index to be allocated. */
  long head() {
    var counter = counters.find(eq("_id", COUNTER_ID)).first();
    return counter == null ? 0 : ((Number) counter.get("next")).longValue();
  }
}
