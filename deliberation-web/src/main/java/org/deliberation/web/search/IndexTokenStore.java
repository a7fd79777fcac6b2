package org.deliberation.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.deliberation.search.SearchIndex;

/**
 * The search processor's position, kept in the index itself: each Lucene commit records the tracking token of the
 * events it reflects, so the index and its position can never disagree, and a restart resumes exactly where the last
 * commit stopped (this node's own index, this node's own position).
 *
 * <p>Changes are searchable as soon as they are applied; a commit only makes them durable, and costs a disk sync. So
 * the position is committed at most every {@link #COMMIT_INTERVAL} (a rebuild of a million events would otherwise
 * sync ten thousand times), and when nothing changed, at most every {@link #IDLE_COMMIT}. After a crash the index
 * resumes from its last commit and re-applies the events since, which is harmless: every index change is idempotent
 * (upserts by key, pages replaced whole, flags set to a value).
 */
public class IndexTokenStore extends InMemoryTokenStore {

  static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
  static final Duration IDLE_COMMIT = Duration.ofSeconds(10);

  private final SearchIndex index;
  private final Serializer serializer;
  private final Clock clock;
  private Instant lastCommit;

  public IndexTokenStore(SearchIndex index, Serializer serializer, Clock clock) {
    this.index = index;
    this.serializer = serializer;
    this.clock = clock;
    this.lastCommit = clock.instant();
    var checkpoint = index.checkpoint();
    if (checkpoint != null) {
      initializeTokenSegments(SearchProjection.GROUP, 1, read(checkpoint));
    }
  }

  @Override
  public synchronized void storeToken(TrackingToken token, String processorName, int segment) {
    super.storeToken(token, processorName, segment);
    var now = clock.instant();
    var due = lastCommit.plus(index.hasUncommittedChanges() ? COMMIT_INTERVAL : IDLE_COMMIT);
    if (now.isBefore(due)) {
      return;
    }
    try {
      index.commit(write(token));
    } catch (IOException e) {
      throw new UncheckedIOException("the search index could not be committed", e);
    }
    lastCommit = now;
  }

  private String write(TrackingToken token) {
    var serialized = serializer.serialize(token, String.class);
    return serialized.getType().getName() + "\n" + serialized.getData();
  }

  private TrackingToken read(String checkpoint) {
    int newline = checkpoint.indexOf('\n');
    return serializer.deserialize(
        new SimpleSerializedObject<>(
            checkpoint.substring(newline + 1),
            String.class,
            checkpoint.substring(0, newline),
            null));
  }
}
