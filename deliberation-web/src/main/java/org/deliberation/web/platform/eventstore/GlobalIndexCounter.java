package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** Hands out ranges of global indexes from one counter document ({@code $inc}), and says where the head is. */
final class GlobalIndexCounter {

  static final String COUNTER_ID = "globalIndex";

  private final MongoCollection<Document> counters;
  private final @Nullable ReentrantLock allocationLock;

  /**
   * @param inProcessStore the embedded store, whose {@code findAndModify} may hand two writers the same index (see
   *     {@link CommitLogEngineBuilder#inProcessStore}): allocations are then serialized in this process
   */
  GlobalIndexCounter(MongoCollection<Document> counters, boolean inProcessStore) {
    this.counters = counters;
    this.allocationLock = inProcessStore ? new ReentrantLock() : null;
  }

  /** The first of {@code count} consecutive indexes no other writer gets. */
  long allocate(int count) {
    if (allocationLock == null) {
      return increment(count);
    }
    allocationLock.lock();
    try {
      return increment(count);
    } finally {
      allocationLock.unlock();
    }
  }

  private long increment(int count) {
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
