package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What people type, hostile or clumsy: every input gives results or a {@link BadQueryException}, through a query
 * bounded by the input. The timeout is a hang guard; every test takes milliseconds.
 */
@Timeout(60)
class UserQueryTest extends IndexTest {

  @BeforeEach
  void someDocuments() throws IOException {
    given(
        Events.projectCreated("p1", "Sports hall", "Should the town build a sports hall?"),
        Events.statement("p1", "s1", "The sports hall needs a big parking"),
        Events.statement("p1", "s2", "A school would be better than a hall"),
        Events.statement("p1", "s3", "Parking is already full near the school"));
    // One batch: each apply reopens the searcher.
    var fillers = new ArrayList<IndexChange>();
    for (int i = 0; i < 200; i++) {
      fillers.addAll(
          IndexMapping.changesFor(
              Events.statement(
                  "p1", "filler" + i, "abc" + i + " abd" + i + " word" + i + " aab" + i)));
    }
    index.apply(fillers);
  }

  @Test
  void readsUnbalancedQuotesAndParenthesesAsText() {
    assertThat(ids("\"sports hall")).containsExactlyInAnyOrder("p1", "s1");
    assertThat(ids("(parking | school")).containsExactlyInAnyOrder("s1", "s2", "s3");
    assertThat(ids("sports\" hall\" \"")).containsExactlyInAnyOrder("p1", "s1");
  }

  @Test
  void supportsPhrasesAndOperators() {
    assertThat(ids("\"hall needs\"")).containsExactly("s1");
    assertThat(ids("parking -school")).containsExactly("s1");
    assertThat(ids("+parking +school")).containsExactly("s3");
    assertThat(ids("hall | school")).containsExactlyInAnyOrder("p1", "s1", "s2", "s3");
    assertThat(ids("scho*")).containsExactlyInAnyOrder("s2", "s3");
  }

  @Test
  void refusesAnEmptySearch() {
    for (var empty : new String[] {"", "   ", "\t\n"}) {
      assertThatThrownBy(() -> index.search(SearchQuery.of(empty)))
          .isInstanceOf(BadQueryException.class)
          .hasMessage("Type a word to search for.");
    }
  }

  @Test
  void refusesASearchWithNothingToLookFor() {
    for (var nothing :
        new String[] {"*", "?", "+-|", "()", "\"\"", "the", "le la les", "-hall", "***"}) {
      assertThatThrownBy(() -> index.search(SearchQuery.of(nothing)))
          .as(nothing)
          .isInstanceOf(BadQueryException.class)
          .hasMessageContaining("no word to look for");
    }
  }

  @Test
  void refusesHugeInputWithAMessageSayingWhy() {
    var huge = "hall ".repeat(2000);

    assertThatThrownBy(() -> index.search(SearchQuery.of(huge)))
        .isInstanceOf(BadQueryException.class)
        .hasMessage(
            "A search can be 500 characters long at most, and this one has 10000. Keep its most telling words.");
  }

  @Test
  void refusesTooManyWords() {
    var words =
        "a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15 p16 q17 r18 s19 t20 u21 v22 w23 x24 y25 z26 "
            + "aa27 bb28 cc29 dd30 ee31 ff32 gg33";

    assertThatThrownBy(() -> index.search(SearchQuery.of(words)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("32 words at most");
  }

  @Test
  void boundsWildcardFloods() {
    var parser = new UserQueryParser(Fields.analyzer());
    for (var flood :
        new String[] {
          "*a*b*c*",
          "a*",
          "ab*",
          "*ab",
          "a?b?c",
          "?*?*?*",
          "*".repeat(500),
          "a* ".repeat(100),
          "ab* ".repeat(32),
          "(".repeat(250) + ")".repeat(250),
          "\\".repeat(500),
          "~~~ ~1 hall~3"
        }) {
      var text = flood.length() > 500 ? flood.substring(0, 500) : flood;
      assertThatCode(
              () -> {
                try {
                  index.search(SearchQuery.of(text));
                  // Bounded by the input, not by the index: a few leaves per word and field,
                  // whatever the operators.
                  assertThat(leaves(parser.parse(text)))
                      .as(flood)
                      .isLessThanOrEqualTo(2 * UserQueryParser.MAX_WORDS * Fields.SEARCHED.size());
                } catch (BadQueryException refused) {
                  // As good as results: the point is that nothing else is thrown.
                }
              })
          .as(flood)
          .doesNotThrowAnyException();
    }
  }

  private static int leaves(Query query) {
    var leaves = new int[1];
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            leaves[0] += terms.length;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            leaves[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return leaves[0];
  }

  @Test
  void neverThrowsAnythingButBadQueryOnRandomInput() {
    var random = new Random(42);
    var alphabet = "ab hal school \"'()+-|*?~\\:^[]{}!&/<>éÉ’\u0000\uD83D\uDE00";
    for (int i = 0; i < 2000; i++) {
      var text = new StringBuilder();
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        index.search(SearchQuery.of(text.toString()));
      } catch (BadQueryException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void refusesALimitOutOfRangeAndAnUnknownType() {
    assertThatThrownBy(() -> new SearchQuery("hall", Set.of(), Set.of(), null, 0, null))
        .isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> new SearchQuery("hall", Set.of(), Set.of(), null, 101, null))
        .isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> DocumentType.fromValue("comment"))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("project, page, statement, viewpoint");
    assertThat(DocumentType.fromValue("viewpoint")).isEqualTo(DocumentType.VIEWPOINT);
  }
}
