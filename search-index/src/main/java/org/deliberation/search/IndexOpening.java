package org.deliberation.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;

/**
 * Opens the writer and the searchers of a {@link SearchIndex}: an index that cannot be read, or that was written with
 * another {@link SearchIndex#SCHEMA_VERSION}, is deleted and starts empty.
 */
final class IndexOpening {

  /**
   * @param rebuilding true when the index starts empty because it was new, unreadable or of another schema
   * @param checkpoint the last commit's checkpoint; null when rebuilding or never committed
   */
  record Opened(
      IndexWriter writer,
      SearcherManager searchers,
      boolean rebuilding,
      @Nullable String checkpoint) {}

  private IndexOpening() {}

  /** @throws LockObtainFailedException when another index is open on this directory */
  static Opened open(Directory directory, Analyzer analyzer) throws IOException {
    IndexWriter writer = null;
    SearcherManager searchers = null;
    try {
      writer =
          new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      var committed = committedData(writer);
      if (SearchIndex.SCHEMA_VERSION.equals(committed.get(SearchIndex.SCHEMA))) {
        // Opening a reader reads every segment's metadata: a damaged segment fails here rather than
        // in a search.
        searchers = new SearcherManager(writer, null);
        return new Opened(writer, searchers, false, committed.get(SearchIndex.CHECKPOINT));
      }
    } catch (LockObtainFailedException held) {
      throw held;
    } catch (IOException | RuntimeException unreadable) {
      // CorruptIndexException, IndexFormatTooOldException, IndexFormatTooNewException, a codec this
      // Lucene lacks
      // (IllegalArgumentException)...: the events can rebuild whatever it held, so it is not worth
      // a failed start.
    }
    IOUtils.closeWhileHandlingException(searchers, writer);
    deleteEverything(directory);
    writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
    try {
      searchers = new SearcherManager(writer, null);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer);
      throw e;
    }
    return new Opened(writer, searchers, true, null);
  }

  private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
    // Closing without a commit discards what was applied since: a commit without the checkpoint it
    // reflects would
    // make the next start skip or repeat events.
    return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(false);
  }

  private static Map<String, String> committedData(IndexWriter writer) {
    var data = new HashMap<String, String>();
    var entries = writer.getLiveCommitData();
    if (entries != null) {
      entries.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    return data;
  }

  private static void deleteEverything(Directory directory) throws IOException {
    for (var file : directory.listAll()) {
      if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
        directory.deleteFile(file);
      }
    }
  }
}
