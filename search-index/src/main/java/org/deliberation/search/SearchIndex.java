package org.deliberation.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.deliberation.search.minhash.MinHash;
import org.jspecify.annotations.Nullable;

/**
 * The search index of one node: owns its directory, its only {@link IndexWriter} and a {@link SearcherManager} over it.
 *
 * <p><b>Changes.</b> What {@link #apply} applied is found by every search that starts after it returns, without a
 * commit (near real time). The searcher is reopened by the first search after a change rather than by every apply: a
 * reopen costs milliseconds, and a replay of thousands of events, one apply each, would otherwise pay it thousands of
 * times. {@link #commit} makes everything applied so far durable together with the checkpoint it reflects, the
 * position of the last event applied; after a crash the index comes back as of its last commit, and the caller replays
 * events from {@link #checkpoint()}. Changes are idempotent, so replaying a few already applied is harmless.
 * {@link #close()} does not commit.
 *
 * <p><b>Rebuilds.</b> An index that cannot be opened (corrupt, written by another Lucene version) or that was written
 * with another {@link #SCHEMA_VERSION} is deleted when opened; the index starts empty and {@link #rebuilding()} tells
 * the caller to replay every event.
 *
 * <p><b>Visibility.</b> Hidden statements and the documents of erased participants keep their place in the index, with
 * a flag changed in place, and every query filters them out.
 *
 * <p><b>Threads.</b> One thread applies and commits (the methods that write are synchronized, so more are safe, only
 * pointless); any number search at the same time, each on a searcher acquired from and released to the manager.
 * Searches throw {@link UncheckedIOException} if the disk fails under them, and {@link BadQueryException} for input
 * they refuse.
 */
public final class SearchIndex implements AutoCloseable {

  /**
   * The version of what the index holds: its fields and their analysis. Bump it whenever {@link Fields},
   * {@link LuceneDocuments}, the analyzers or {@link IndexMapping} change what a document looks like; existing indexes
   * then rebuild from the events when next opened.
   */
  // 2: erasure no longer flags an author's statements (IndexMapping), so indexes that flagged some
  // are rebuilt.
  // 3: statements carry their topics, and each project with topics has a document of their labels.
  public static final String SCHEMA_VERSION = "4";

  public static final int MAX_SUGGESTIONS = 20;

  public static final int MAX_SIMILAR = 100;

  static final String CHECKPOINT = "checkpoint";
  static final String SCHEMA = "schema";

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final UserQueryParser parser;
  private final boolean rebuilding;
  private volatile @Nullable String checkpoint;

  /** How many applies changed the index, and how many of them the current searcher is known to show. */
  private final AtomicLong applied = new AtomicLong();

  private final AtomicLong searchable = new AtomicLong();

  private final AtomicLong topicRewrites = new AtomicLong();

  private SearchIndex(
      Directory directory,
      Analyzer analyzer,
      IndexWriter writer,
      SearcherManager searchers,
      boolean rebuilding,
      @Nullable String checkpoint) {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
    this.parser = new UserQueryParser(analyzer);
    this.rebuilding = rebuilding;
    this.checkpoint = checkpoint;
  }

  /**
   * Opens the index in this directory, creating the directory if needed; an index that is unreadable or of another
   * schema is deleted, and the index starts empty.
   *
   * @throws LockObtainFailedException when another index is open on this directory, in this process or another
   */
  public static SearchIndex open(Path path) throws IOException {
    Files.createDirectories(path);
    var directory = FSDirectory.open(path);
    var analyzer = Fields.analyzer();
    try {
      var opened = IndexOpening.open(directory, analyzer);
      return new SearchIndex(
          directory,
          analyzer,
          opened.writer(),
          opened.searchers(),
          opened.rebuilding(),
          opened.checkpoint());
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(analyzer, directory);
      throw e;
    }
  }

  /**
   * True when the index started empty and without a checkpoint because it was new, unreadable or of another schema:
   * the caller must replay every event before its searches are complete.
   */
  public boolean rebuilding() {
    return rebuilding;
  }

  /**
   * The checkpoint of the last commit, by this process or an earlier one; null when nothing was committed since the
   * index was created, rebuilt or reset.
   */
  public @Nullable String checkpoint() {
    return checkpoint;
  }

  /** Applies changes in order, searchable at once; they are durable only after {@link #commit}. */
  public synchronized void apply(List<IndexChange> changes) throws IOException {
    for (var change : changes) {
      switch (change) {
        case IndexChange.Upsert upsert ->
            writer.updateDocument(
                new Term(Fields.KEY, upsert.document().key()),
                LuceneDocuments.of(upsert.document()));
        case IndexChange.ReplacePage replace ->
            writer.updateDocuments(
                new Term(Fields.PAGE, replace.page().toString()),
                replace.sections().stream().map(LuceneDocuments::of).toList());
        case IndexChange.SetHidden hide ->
            setFlag(
                new Term(Fields.KEY, IndexDocument.statementKey(hide.statement())),
                Fields.HIDDEN,
                hide.hidden());
        case IndexChange.SetPetitionHidden hide ->
            setFlag(
                new Term(Fields.KEY, IndexDocument.petitionKey(hide.petition().value())),
                Fields.HIDDEN,
                hide.hidden());
        case IndexChange.MarkAuthorErased erase ->
            setFlag(new Term(Fields.AUTHOR, erase.author().value()), Fields.ERASED, true);
        case IndexChange.ReplaceText replace -> StatementRewrites.apply(writer, searchers, replace);
        case IndexChange.Remove remove -> StatementRewrites.apply(writer, remove);
        case IndexChange.SetTopics topics ->
            topicRewrites.addAndGet(TopicAssignments.apply(writer, searchers, topics));
      }
    }
    if (!changes.isEmpty()) {
      applied.incrementAndGet();
    }
  }

  /** How many statements new topics rewrote since the index was opened: what a generation costs. */
  long topicRewrites() {
    return topicRewrites.get();
  }

  private void setFlag(Term documents, String flag, boolean value) throws IOException {
    // Lucene refuses to update a doc-values field that no document has yet; then no document needs
    // it either.
    if (writer.getFieldNames().contains(flag)) {
      writer.updateNumericDocValue(documents, flag, value ? 1 : 0);
    }
  }

  /** Makes every change applied so far durable, recording that they reflect the events up to this checkpoint. */
  public synchronized void commit(String checkpoint) throws IOException {
    writer.setLiveCommitData(Map.of(CHECKPOINT, checkpoint, SCHEMA, SCHEMA_VERSION).entrySet());
    writer.commit();
    this.checkpoint = checkpoint;
  }

  /** Deletes every document and commits the empty index without a checkpoint, for a replay from the first event. */
  public synchronized void reset() throws IOException {
    writer.deleteAll();
    writer.setLiveCommitData(Map.of(SCHEMA, SCHEMA_VERSION).entrySet());
    writer.commit();
    checkpoint = null;
    applied.incrementAndGet();
  }

  /** True when changes were applied since the last commit, which would be lost by a crash or a {@link #close()}. */
  public boolean hasUncommittedChanges() {
    return writer.hasUncommittedChanges();
  }

  /**
   * One page of the documents matching a search, with the counts of all of them by type and by project.
   *
   * @throws BadQueryException when the text is blank, longer than 500 characters or 32 words, has no word to look
   *     for besides excluded ones, or the cursor was not made for this search
   */
  public SearchResults search(SearchQuery query) {
    var userQuery = parser.parse(query.text());
    try {
      return withSearcher(searcher -> ResultSearch.run(searcher, userQuery, query, analyzer));
    } catch (IndexSearcher.TooManyClauses tooComplex) {
      // The parser's bounds keep queries far below Lucene's 1,024 clauses; this is the last line if
      // they did not.
      throw new BadQueryException(
          "q", "This search is too complex; use fewer words and parentheses.");
    }
  }

  /**
   * Titles to complete what is being typed: titles with a word starting with the last word typed and, before it,
   * each earlier word whole; accents and case do not matter. Best and shortest first, each title once.
   *
   * @return at most {@code limit} suggestions; none for a prefix without a letter or digit
   * @throws BadQueryException when the limit is not 1 to {@link #MAX_SUGGESTIONS}, or the prefix is over 500
   *     characters or 32 words
   */
  public List<Suggestion> suggest(String prefix, int limit) {
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      throw new BadQueryException(
          "limit", "Ask for between 1 and " + MAX_SUGGESTIONS + " suggestions, not " + limit + ".");
    }
    if (prefix.length() > UserQueryParser.MAX_LENGTH) {
      throw new BadQueryException(
          "q", "Suggestions need at most " + UserQueryParser.MAX_LENGTH + " characters.");
    }
    var words = Tokens.of(analyzer, Fields.TITLE_FOLDED, prefix);
    if (words.size() > UserQueryParser.MAX_WORDS) {
      throw new BadQueryException(
          "q", "Suggestions need at most " + UserQueryParser.MAX_WORDS + " words.");
    }
    return words.isEmpty()
        ? List.of()
        : withSearcher(searcher -> TitleSuggestions.find(searcher, words, limit));
  }

  /**
   * Statements of the same project that say nearly the same as this one: an estimated Jaccard similarity of their
   * words and word pairs of at least {@link MinHash#THRESHOLD}, most similar first.
   *
   * @return none when the statement is not indexed, hidden or erased
   * @throws BadQueryException when the limit is not 1 to {@link #MAX_SIMILAR}
   */
  public List<SimilarStatement> similar(String statementId, int limit) {
    if (limit < 1 || limit > MAX_SIMILAR) {
      throw new BadQueryException(
          "limit",
          "Ask for between 1 and " + MAX_SIMILAR + " similar statements, not " + limit + ".");
    }
    return withSearcher(searcher -> NearDuplicates.find(searcher, statementId, limit));
  }

  /** Discards what was applied since the last commit and releases the directory. */
  @Override
  public synchronized void close() throws IOException {
    IOUtils.close(searchers, writer, analyzer, directory);
  }

  /**
   * A searcher that shows every change applied before this call. If the searcher is behind, this thread reopens it:
   * {@code maybeRefreshBlocking} waits for a reopen in progress, which may have started before the last apply, then
   * reopens again. Once a reopen that started after apply number n ends, {@code searchable} records n, and later
   * searches skip the reopen.
   */
  private IndexSearcher acquireCurrent() throws IOException {
    long wanted = applied.get();
    if (searchable.get() < wanted) {
      searchers.maybeRefreshBlocking();
      searchable.accumulateAndGet(wanted, Math::max);
    }
    return searchers.acquire();
  }

  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> function) {
    try {
      var searcher = acquireCurrent();
      try {
        return function.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The search index could not be read", e);
    }
  }
}
