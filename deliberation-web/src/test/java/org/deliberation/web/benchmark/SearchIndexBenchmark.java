package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.search.BadQueryException;
import org.deliberation.search.IndexChange;
import org.deliberation.search.IndexMapping;
import org.deliberation.search.SearchIndex;
import org.deliberation.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index at a million statements: the real comments of the five Pol.is conversations in
 * {@code ../shared/data/polis} plus synthetic statements written with their vocabulary (words drawn by their
 * frequency there). Indexing goes through the pure mapping and the index owner as the search processor drives them
 * (batches of 100 events, a commit every second); queries are one to three words of that vocabulary, the first page
 * with its facets. The baseline, in the same run, is the same queries at 10 thousand statements.
 */
class SearchIndexBenchmark {

  private static final int SMALL = 10_000;
  private static final int LARGE = Integer.getInteger("benchmark.search.documents", 1_000_000);
  private static final int QUERIES = 2_000;
  private static final int BATCH = 100;

  @TempDir Path folder;

  @Test
  void indexesAndSearchesAMillionStatements() throws IOException {
    var corpus = PolisCorpus.load();
    BenchmarkReport.line("## Search index (" + BenchmarkReport.machine() + ")");
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| corpus | %,d real comments, a vocabulary of %,d words |",
            corpus.real().size(),
            corpus.words().size()));
    try (var index = SearchIndex.open(folder.resolve("index"))) {
      var random = new SplittableRandom(3);
      long indexed = 0;
      long t0 = System.nanoTime();
      indexed += load(index, corpus, random, SMALL, indexed);
      double smallSeconds = (System.nanoTime() - t0) / 1e9;
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| indexing, first %,d statements | %,.0f docs/s |",
              SMALL,
              SMALL / smallSeconds));
      var small = queries(index, corpus, new SplittableRandom(5));
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| queries at %,d statements (baseline), %,d queries | p50 %.2f ms, p99 %.2f ms |",
              SMALL,
              QUERIES,
              BenchmarkReport.percentile(small, 0.5),
              BenchmarkReport.percentile(small, 0.99)));

      long t1 = System.nanoTime();
      indexed += load(index, corpus, random, LARGE - SMALL, indexed);
      double largeSeconds = (System.nanoTime() - t1) / 1e9;
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| indexing, up to %,d statements | %,.0f docs/s (%.0f s) |",
              indexed,
              (LARGE - SMALL) / largeSeconds,
              largeSeconds));
      var large = queries(index, corpus, new SplittableRandom(5));
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| queries at %,d statements, %,d queries | p50 %.2f ms, p99 %.2f ms |",
              LARGE,
              QUERIES,
              BenchmarkReport.percentile(large, 0.5),
              BenchmarkReport.percentile(large, 0.99)));
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| query p99 at 1M ÷ at 10k | %.1f |",
              BenchmarkReport.percentile(large, 0.99) / BenchmarkReport.percentile(small, 0.99)));
      var visible = searchableAfterApply(index, corpus);
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| a change applied → found by a search, at 1M | p50 %.2f ms, p99 %.2f ms |",
              BenchmarkReport.percentile(visible, 0.5),
              BenchmarkReport.percentile(visible, 0.99)));
    }
  }

  /** Indexes {@code count} statements, real ones first, in batches with a commit every second. */
  private static long load(
      SearchIndex index, PolisCorpus corpus, SplittableRandom random, int count, long offset)
      throws IOException {
    var batch = new ArrayList<IndexChange>(BATCH);
    long lastCommit = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long n = offset + i;
      var text = corpus.statement(n, random);
      batch.addAll(
          IndexMapping.changesFor(
              new StatementPosted(
                  new StatementId("s" + n),
                  new ProjectId("p" + (n % 100)),
                  text,
                  StatementKind.CONTRIBUTION,
                  null,
                  List.of(),
                  null,
                  null,
                  Instant.EPOCH,
                  null,
                  new ParticipantId("a" + (n % 50_000)))));
      if (batch.size() == BATCH) {
        index.apply(batch);
        batch.clear();
        if (System.nanoTime() - lastCommit > 1_000_000_000L) {
          index.commit("bench-" + n);
          lastCommit = System.nanoTime();
        }
      }
    }
    index.apply(batch);
    index.commit("bench-" + (offset + count));
    return count;
  }

  private static long[] queries(SearchIndex index, PolisCorpus corpus, SplittableRandom random) {
    var latencies = new long[QUERIES];
    long hits = 0;
    for (int q = 0; q < QUERIES; q++) {
      var words = new StringBuilder();
      int count = 1 + random.nextInt(3);
      for (int w = 0; w < count; w++) {
        words.append(w == 0 ? "" : " ").append(corpus.word(random));
      }
      long t0 = System.nanoTime();
      try {
        hits += index.search(SearchQuery.of(words.toString())).total();
      } catch (BadQueryException stopWordsOnly) {
        // Only common words ("the of"): refused as a bad query, as a person would be told.
      }
      latencies[q] = System.nanoTime() - t0;
    }
    assertThat(hits).as("the queries find something").isPositive();
    return latencies;
  }

  /** The time from applying one new statement to a search that finds it, a hundred times. */
  private static long[] searchableAfterApply(SearchIndex index, PolisCorpus corpus)
      throws IOException {
    var latencies = new long[100];
    for (int i = 0; i < latencies.length; i++) {
      var marker = "zq" + (10_000 + i); // ends in a digit: no stemmer touches it
      long t0 = System.nanoTime();
      index.apply(
          IndexMapping.changesFor(
              new StatementPosted(
                  new StatementId("new" + i),
                  new ProjectId("p0"),
                  corpus.real().getFirst() + " " + marker,
                  StatementKind.CONTRIBUTION,
                  null,
                  List.of(),
                  null,
                  null,
                  Instant.EPOCH,
                  null,
                  new ParticipantId("a0"))));
      var found = index.search(new SearchQuery(marker, Set.of(), Set.of(), null, 1, null)).total();
      latencies[i] = System.nanoTime() - t0;
      assertThat(found).as(marker).isEqualTo(1);
    }
    return latencies;
  }
}
