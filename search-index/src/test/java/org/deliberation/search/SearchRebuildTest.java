package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.search.Events.ALICE;
import static org.deliberation.search.Events.BOB;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.store.FSDirectory;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropping the index and replaying the events gives the same index: the projection is rebuildable. */
class SearchRebuildTest {

  private static final List<Object> HISTORY =
      List.of(
          Events.projectCreated("p1", "Sports hall", "Should the town build a sports hall?"),
          Events.projectCreated("p2", "École du centre", "Faut-il rénover l'école ?"),
          Events.pageCreated(
              "p1",
              "context",
              "The town wants a hall.\n## Costs\nThree million.\n## Place\nNear the river."),
          Events.pageEdited(
              "p1",
              "context",
              2,
              "The town wants a hall.\n## Costs\nFour million.\n## Funding\nThe region."),
          Events.pageCreated("p2", "contexte", "## Budget\nLe budget de l'école."),
          Events.posted(
              "p1", "s1", "The hall budget is too high", StatementKind.CONTRIBUTION, null, ALICE),
          Events.posted(
              "p1", "s2", "The hall budget is far too high", StatementKind.CONTRIBUTION, null, BOB),
          Events.viewpoint("p1", "v1", "A hall pays for itself in ten years", Stance.FOR),
          Events.posted("p2", "s3", "Les écoles d'abord", StatementKind.CONTRIBUTION, null, ALICE),
          Events.statement("p2", "s4", "Une école rénovée, vite"),
          Events.topics(
              "p1",
              1,
              Events.topic("t1", "hall budget", "s1", "s2"),
              Events.topic("t2", "the river", "s2", "v1")),
          Events.hidden("p1", "s2"),
          Events.hidden("p2", "s4"),
          Events.restored("p2", "s4"),
          Events.erased(ALICE),
          Events.posted(
              "p1",
              "s5",
              "The hall should be near the river",
              StatementKind.CONTRIBUTION,
              null,
              BOB),
          Events.topics(
              "p1",
              2,
              Events.topic("t1", "budget", "s1"),
              Events.topic("t2", "the river", "s2", "s5")));

  private static final List<SearchQuery> SEARCHES =
      List.of(
          SearchQuery.of("hall"),
          SearchQuery.of("école"),
          SearchQuery.of("budget"),
          new SearchQuery("hall | budget | river", Set.of("p1"), Set.of(), null, 2, null),
          SearchQuery.of("mill*"),
          new SearchQuery("hall", Set.of("p1"), Set.of(), null, "t2", 20, null),
          new SearchQuery("hall", Set.of("p1"), Set.of(), null, 1, null));

  @TempDir Path first;

  @TempDir Path second;

  @Test
  void projectingTheSameEventsTwiceGivesTheSameDocuments() throws IOException {
    project(first);
    project(second);

    var documents = documents(first);
    // 12 documents and the labels of p1's topics.
    assertThat(documents).hasSize(13);
    assertThat(documents)
        .anySatisfy(
            doc ->
                assertThat(doc).containsEntry(Fields.TOPIC, "t2").containsEntry(Fields.HIDDEN, 1L));
    assertThat(documents).anySatisfy(doc -> assertThat(doc).containsEntry(Fields.HIDDEN, 1L));
    // The labels' document has no type and no flags: no query ever finds it.
    assertThat(documents)
        .filteredOn(doc -> doc.containsKey(Fields.TYPE))
        .hasSize(12)
        .allSatisfy(doc -> assertThat(doc).containsEntry(Fields.ERASED, 0L));
    assertThat(documents(second)).isEqualTo(documents);
  }

  @Test
  void droppingAndReplayingGivesTheSameResults() throws IOException {
    List<SearchResults> before;
    try (var index = project(first)) {
      before = searchAll(index);
    }
    assertThat(before).allSatisfy(results -> assertThat(results.items()).isNotEmpty());
    try (var files = Files.walk(first)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }

    try (var index = SearchIndex.open(first)) {
      assertThat(index.rebuilding()).isTrue();
      assertThat(searchAll(index)).allSatisfy(results -> assertThat(results.items()).isEmpty());
      for (var event : HISTORY) {
        index.apply(IndexMapping.changesFor(event));
      }

      assertThat(searchAll(index)).isEqualTo(before);
    }
  }

  private static SearchIndex project(Path directory) throws IOException {
    var index = SearchIndex.open(directory);
    for (var event : HISTORY) {
      index.apply(IndexMapping.changesFor(event));
    }
    index.commit("15");
    return index;
  }

  private static List<SearchResults> searchAll(SearchIndex index) {
    var results = new ArrayList<SearchResults>();
    for (var query : SEARCHES) {
      var page = index.search(query);
      results.add(page);
      if (page.next() != null) {
        results.add(index.search(query.withCursor(page.next())));
      }
    }
    return results;
  }

  /** Every stored field and flag of every live document of the last commit, sorted by key. */
  private static List<Map<String, Object>> documents(Path path) throws IOException {
    var documents = new ArrayList<Map<String, Object>>();
    try (var directory = FSDirectory.open(path);
        var reader = DirectoryReader.open(directory)) {
      for (var leaf : reader.leaves()) {
        var segment = leaf.reader();
        var hidden = DocValues.getNumeric(segment, Fields.HIDDEN);
        var erased = DocValues.getNumeric(segment, Fields.ERASED);
        var stored = segment.storedFields();
        var live = segment.getLiveDocs();
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          var fields = new TreeMap<String, Object>();
          for (var field : stored.document(doc).getFields()) {
            var value =
                field.binaryValue() != null
                    ? Base64.getEncoder().encodeToString(field.binaryValue().bytes)
                    : field.stringValue();
            fields.merge(field.name(), value, (a, b) -> a + "\n" + b);
          }
          fields.put(Fields.HIDDEN, hidden.advanceExact(doc) ? hidden.longValue() : -1L);
          fields.put(Fields.ERASED, erased.advanceExact(doc) ? erased.longValue() : -1L);
          documents.add(fields);
        }
      }
    }
    documents.sort(Comparator.comparing(doc -> (String) doc.get(Fields.KEY)));
    return documents;
  }
}
