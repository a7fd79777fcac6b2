package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deliberation.search.Events.ALICE;
import static org.deliberation.search.Events.BOB;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SearchIndexTest extends IndexTest {

  @Nested
  class Languages {

    @Test
    void findsAFrenchWordWhateverItsFormOrAccents() throws IOException {
      given(
          Events.statement("p1", "s1", "Il faut une école dans le quartier"),
          Events.statement("p1", "s2", "Le budget de la mairie"));

      assertThat(ids("écoles")).containsExactly("s1");
      assertThat(ids("ecole")).containsExactly("s1");
      assertThat(ids("l'école")).containsExactly("s1");
      assertThat(ids("L’ÉCOLE")).containsExactly("s1");
      assertThat(index.search(SearchQuery.of("écoles")).items().getFirst().snippet())
          .isEqualTo("Il faut une <mark>école</mark> dans le quartier");
    }

    @Test
    void findsAnEnglishWordWhateverItsForm() throws IOException {
      given(
          Events.statement("p1", "s1", "The town needs a new school"),
          Events.statement("p1", "s2", "The council's budget"));

      assertThat(ids("schools")).containsExactly("s1");
      assertThat(ids("councils")).containsExactly("s2");
    }

    @Test
    void searchesBothLanguagesWithEitherLanguagesStopWords() throws IOException {
      given(
          Events.statement("p1", "fr", "Une salle de sport pour le quartier"),
          Events.statement("p1", "en", "A sports hall for the district"));

      assertThat(ids("la salle de sport")).containsExactly("fr");
      assertThat(ids("the sports")).containsExactlyInAnyOrder("fr", "en");
    }
  }

  @Nested
  class Changes {

    @Test
    void findsAnAppliedChangeAtOnceWithoutACommit() throws IOException {
      given(Events.statement("p1", "s1", "A skate park please"));

      // The very next search, with nothing to wait for and nothing committed.
      assertThat(ids("skate")).containsExactly("s1");
      assertThat(index.hasUncommittedChanges()).isTrue();
      assertThat(index.checkpoint()).isNull();
    }

    @Test
    void findsEveryAppliedChangeFromAnyThread() throws Exception {
      for (int i = 0; i < 20; i++) {
        given(Events.statement("p1", "s" + i, "Change number" + i));
        var found = new AtomicReference<List<String>>();
        var word = "number" + i;
        var other = new Thread(() -> found.set(ids(word)));
        other.start();
        other.join();

        assertThat(found.get()).containsExactly("s" + i);
      }
    }

    @Test
    void findsOnlyTheCurrentRevisionOfAPage() throws IOException {
      given(
          Events.pageCreated("p1", "context", "## Costs\nThe hall costs three million."),
          Events.pageEdited("p1", "context", 2, "## Funding\nThe region pays half."));

      assertThat(ids("million")).isEmpty();
      assertThat(ids("costs")).isEmpty();
      assertThat(ids("region")).containsExactly("context#funding");
    }

    @Test
    void landsOnTheSectionThatMatches() throws IOException {
      given(
          Events.pageCreated(
              "p1", "context", "Intro text.\n## Costs\nThree million.\n## Place\nNear the river."));

      var results = index.search(SearchQuery.of("river"));

      assertThat(results.items())
          .singleElement()
          .satisfies(
              hit -> {
                assertThat(hit.type()).isEqualTo(DocumentType.PAGE);
                assertThat(hit.project()).isEqualTo("p1");
                assertThat(hit.id()).isEqualTo("context#place");
                assertThat(hit.title()).isEqualTo("context › Place");
              });
    }

    @Test
    void upsertsByIdSoThatApplyingTwiceEqualsOnce() throws IOException {
      var posted = Events.statement("p1", "s1", "More trees");
      var page = Events.pageCreated("p1", "context", "## Trees\nMore trees.");
      given(posted, page, posted, page);

      assertThat(index.search(SearchQuery.of("trees")).total()).isEqualTo(2);
    }

    @Test
    void neverShowsAHiddenStatementUntilItIsRestored() throws IOException {
      given(
          Events.statement("p1", "s1", "Insulting remark about the mayor"),
          Events.statement("p1", "s2", "The mayor should answer"),
          Events.hidden("p1", "s1"));

      assertThat(ids("mayor")).containsExactly("s2");
      assertThat(index.search(SearchQuery.of("mayor")).total()).isEqualTo(1);

      given(Events.restored("p1", "s1"));

      assertThat(ids("mayor")).containsExactlyInAnyOrder("s1", "s2");
    }

    @Test
    void keepsWhatAnErasedParticipantWroteAndThePagesTheyEdited() throws IOException {
      given(
          Events.posted(
              "p1", "s1", "Alice likes the river", StatementKind.CONTRIBUTION, null, ALICE),
          Events.posted(
              "p1", "v1", "Alice explains the river", StatementKind.VIEWPOINT, Stance.FOR, ALICE),
          Events.posted("p1", "s2", "Bob likes the river", StatementKind.CONTRIBUTION, null, BOB),
          Events.pageCreated("p1", "context", "The river is near."),
          Events.erased(ALICE));

      assertThat(ids("river")).containsExactlyInAnyOrder("s1", "v1", "s2", "context");
    }

    @Test
    void acceptsModerationBeforeAnyDocument() throws IOException {
      given(Events.erased(ALICE), Events.hidden("p1", "s1"), Events.statement("p1", "s2", "After"));

      assertThat(ids("after")).containsExactly("s2");
    }
  }

  @Nested
  class Results {

    @Test
    void filtersByProjectTypeAndStance() throws IOException {
      given(
          Events.projectCreated("p1", "Sports hall", "Should we build a hall?"),
          Events.projectCreated("p2", "Another hall", "A concert hall?"),
          Events.pageCreated("p1", "context", "The hall is big."),
          Events.statement("p1", "s1", "The hall is useful"),
          Events.viewpoint("p1", "v1", "The hall is too expensive", Stance.AGAINST),
          Events.viewpoint("p1", "v2", "The hall is worth it", Stance.FOR),
          Events.statement("p2", "s3", "The concert hall is loud"));

      assertThat(ids(new SearchQuery("hall", Set.of("p2"), Set.of(), null, 20, null)))
          .containsExactlyInAnyOrder("p2", "s3");
      assertThat(
              ids(
                  new SearchQuery(
                      "hall",
                      Set.of(),
                      Set.of(DocumentType.VIEWPOINT, DocumentType.PROJECT),
                      null,
                      20,
                      null)))
          .containsExactlyInAnyOrder("p1", "p2", "v1", "v2");
      assertThat(ids(new SearchQuery("hall", Set.of("p1"), Set.of(), Stance.AGAINST, 20, null)))
          .containsExactly("v1");
      assertThat(
              ids(
                  new SearchQuery(
                      "hall", Set.of("p1", "p2"), Set.of(DocumentType.PAGE), null, 20, null)))
          .containsExactly("context");
    }

    @Test
    void countsEveryMatchByTypeAndProjectNotOnlyThisPage() throws IOException {
      given(
          Events.projectCreated("p1", "Sports hall", "Should we build a hall?"),
          Events.pageCreated("p1", "context", "The hall is big."),
          Events.statement("p1", "s1", "The hall is useful"),
          Events.statement("p1", "s2", "The hall is useless"),
          Events.viewpoint("p2", "v1", "The hall is too expensive", Stance.AGAINST));

      var results = index.search(new SearchQuery("hall", Set.of(), Set.of(), null, 1, null));

      assertThat(results.total()).isEqualTo(5);
      assertThat(results.items()).hasSize(1);
      assertThat(results.types())
          .containsExactly(
              Map.entry(DocumentType.STATEMENT, 2L),
              Map.entry(DocumentType.PAGE, 1L),
              Map.entry(DocumentType.PROJECT, 1L),
              Map.entry(DocumentType.VIEWPOINT, 1L));
      assertThat(results.projects()).containsExactly(Map.entry("p1", 4L), Map.entry("p2", 1L));
    }

    @Test
    void ranksTitleMatchesFirst() throws IOException {
      given(
          Events.projectCreated("p1", "Library", "Should the library open on Sundays?"),
          Events.statement(
              "p1", "s1", "The library is my favourite place and the library staff are kind"));

      assertThat(ids("library").getFirst()).isEqualTo("p1");
    }

    @Test
    void pagesThroughEveryHitOnceWithCursors() throws IOException {
      for (int i = 0; i < 23; i++) {
        // Identical texts tie on score: the key must break the tie for pages not to overlap.
        given(
            Events.statement(
                "p1", "s" + i, i % 2 == 0 ? "The budget" : "The budget and the budget again"));
      }
      var seen = new ArrayList<String>();
      var query = new SearchQuery("budget", Set.of(), Set.of(), null, 5, null);
      int pages = 0;
      while (query != null) {
        var results = index.search(query);
        assertThat(results.total()).isEqualTo(23);
        seen.addAll(results.items().stream().map(SearchHit::id).toList());
        query = results.next() == null ? null : query.withCursor(results.next());
        pages++;
      }

      assertThat(pages).isEqualTo(5);
      assertThat(seen).hasSize(23).doesNotHaveDuplicates();
    }

    @Test
    void refusesACursorThatWasTamperedWithOrBelongsToAnotherSearch() throws IOException {
      for (int i = 0; i < 3; i++) {
        given(Events.statement("p1", "s" + i, "The budget"));
      }
      var first = new SearchQuery("budget", Set.of(), Set.of(), null, 1, null);
      var cursor = index.search(first).next();
      assertThat(cursor).isNotNull().matches("[A-Za-z0-9_-]+");
      var tampered = new StringBuilder(cursor);
      tampered.setCharAt(
          cursor.length() / 2, cursor.charAt(cursor.length() / 2) == 'A' ? 'B' : 'A');

      for (var bad :
          new String[] {tampered.toString(), "!!!", "", "AAAA", "x".repeat(5000), cursor + "A"}) {
        assertThatThrownBy(() -> index.search(first.withCursor(bad)))
            .as(bad)
            .isInstanceOf(BadQueryException.class)
            .hasMessageContaining("run the search again");
      }
      var otherSearch = new SearchQuery("budget", Set.of("p1"), Set.of(), null, 1, cursor);
      assertThatThrownBy(() -> index.search(otherSearch)).isInstanceOf(BadQueryException.class);
      assertThat(index.search(first.withCursor(cursor)).items()).hasSize(1);
    }

    @Test
    void marksMatchesInAnEscapedSnippet() throws IOException {
      given(Events.statement("p1", "s1", "Use <b>schools</b> & parks \"now\""));

      var hit = index.search(SearchQuery.of("school")).items().getFirst();

      assertThat(hit.snippet())
          .isEqualTo("Use &lt;b&gt;<mark>schools</mark>&lt;/b&gt; &amp; parks &quot;now&quot;");
    }

    @Test
    void showsTheTextAroundTheMatchesOfALongText() throws IOException {
      var text = "filler words ".repeat(100) + "the river is here " + "more filler ".repeat(100);
      given(Events.pageCreated("p1", "context", text));

      var snippet = index.search(SearchQuery.of("river")).items().getFirst().snippet();

      assertThat(snippet)
          .startsWith("… ")
          .endsWith(" …")
          .contains("the <mark>river</mark> is here");
      assertThat(snippet.length()).isLessThan(Snippets.LENGTH + 40);
    }

    @Test
    void marksPrefixMatches() throws IOException {
      given(Events.statement("p1", "s1", "Écoles and schooling"));

      assertThat(index.search(SearchQuery.of("eco*")).items().getFirst().snippet())
          .isEqualTo("<mark>Écoles</mark> and schooling");
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void aNewIndexNeedsARebuildAndHasNoCheckpoint() {
      assertThat(index.rebuilding()).isTrue();
      assertThat(index.checkpoint()).isNull();
    }

    @Test
    void tellsWhetherChangesAwaitACommit() throws IOException {
      index.commit("1");
      assertThat(index.hasUncommittedChanges()).isFalse();

      given(Events.statement("p1", "s1", "Text"));
      assertThat(index.hasUncommittedChanges()).isTrue();

      index.commit("2");
      assertThat(index.hasUncommittedChanges()).isFalse();
    }

    @Test
    void keepsTheCommittedCheckpointAndDocumentsAcrossARestart() throws IOException {
      given(Events.statement("p1", "s1", "Committed text"));
      index.commit("42");
      given(Events.statement("p1", "s2", "Uncommitted text"));
      assertThat(ids("text")).hasSize(2);

      index.close();
      index = SearchIndex.open(directory);

      assertThat(index.rebuilding()).isFalse();
      assertThat(index.checkpoint()).isEqualTo("42");
      assertThat(ids("text")).containsExactly("s1");
    }

    @Test
    void rebuildsAnIndexOfAnotherSchema() throws IOException {
      index.close();
      try (var dir = FSDirectory.open(directory);
          var writer = new IndexWriter(dir, new IndexWriterConfig())) {
        var doc = new Document();
        doc.add(new StringField("text.en", "old", Field.Store.YES));
        writer.addDocument(doc);
        writer.setLiveCommitData(
            Map.of(SearchIndex.SCHEMA, "0", SearchIndex.CHECKPOINT, "7").entrySet());
        writer.commit();
      }

      index = SearchIndex.open(directory);

      assertThat(index.rebuilding()).isTrue();
      assertThat(index.checkpoint()).isNull();
      given(Events.statement("p1", "s1", "old"));
      assertThat(index.search(SearchQuery.of("old")).total()).isEqualTo(1);
    }

    @Test
    void rebuildsAnIndexWrittenByAnOlderLucene() throws Exception {
      index.close();
      // Written by Lucene 9.12 with this schema's version: only its format is wrong.
      var old = Path.of(getClass().getResource("lucene-9.12-index/segments_1").toURI()).getParent();
      try (var files = Files.list(old)) {
        for (var file : files.toList()) {
          Files.copy(file, directory.resolve(file.getFileName()));
        }
      }
      // Lucene 10 has no codec for it: "Could not load codec 'Lucene912'", or too old a format for
      // older files.
      try (var lucene = FSDirectory.open(directory)) {
        assertThatThrownBy(() -> DirectoryReader.open(lucene))
            .isInstanceOfAny(IllegalArgumentException.class, IndexFormatTooOldException.class);
      }

      index = SearchIndex.open(directory);

      assertThat(index.rebuilding()).isTrue();
      assertThat(index.checkpoint()).isNull();
      assertThat(ids("lucene")).isEmpty();
      assertThat(ids("written")).isEmpty();
    }

    @Test
    void rebuildsAnIndexItCannotRead() throws IOException {
      given(Events.statement("p1", "s1", "Committed text"));
      index.commit("42");
      index.close();
      try (var files = Files.list(directory)) {
        for (var file :
            files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
          Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
      }

      index = SearchIndex.open(directory);

      assertThat(index.rebuilding()).isTrue();
      assertThat(index.checkpoint()).isNull();
      assertThat(ids("text")).isEmpty();
      given(Events.statement("p1", "s1", "Committed text"));
      index.commit("43");
      index.close();
      index = SearchIndex.open(directory);
      assertThat(index.rebuilding()).isFalse();
      assertThat(ids("text")).containsExactly("s1");
    }

    @Test
    void refusesASecondIndexOnTheSameDirectoryAndKeepsTheFirst() throws IOException {
      given(Events.statement("p1", "s1", "Committed text"));
      index.commit("42");

      assertThatThrownBy(() -> SearchIndex.open(directory))
          .isInstanceOf(LockObtainFailedException.class);

      assertThat(ids("text")).containsExactly("s1");
      index.close();
      index = SearchIndex.open(directory);
      assertThat(index.checkpoint()).isEqualTo("42");
    }

    @Test
    void resetsToAnEmptyIndexWithoutCheckpoint() throws IOException {
      given(Events.statement("p1", "s1", "Committed text"));
      index.commit("42");

      index.reset();

      assertThat(index.checkpoint()).isNull();
      assertThat(ids("text")).isEmpty();
      index.close();
      index = SearchIndex.open(directory);
      assertThat(index.rebuilding()).isFalse();
      assertThat(index.checkpoint()).isNull();
    }

    @Test
    void servesSearchesWhileChangesAreApplied() throws Exception {
      var errors = new HashSet<Throwable>();
      var searcher =
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  try {
                    index.search(SearchQuery.of("budget"));
                  } catch (RuntimeException e) {
                    errors.add(e);
                  }
                }
              });
      searcher.start();
      for (int i = 0; i < 100; i++) {
        given(Events.statement("p1", "s" + i, "The budget " + i));
      }
      searcher.join();

      assertThat(errors).isEmpty();
      assertThat(index.search(SearchQuery.of("budget")).total()).isEqualTo(100);
    }
  }
}
