package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.deliberation.search.minhash.MinHash;
import org.deliberation.search.minhash.Shingles;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of snippets and near-copy signatures, with Jazzer; in the default build they replay the
 * inputs under {@code src/test/resources/org/deliberation/search/SearchFuzzTestInputs/<method>/}, with {@code -Pfuzz}
 * one of them fuzzes (docs/fuzzing.md). The timeout is a hang guard.
 */
@Timeout(30)
class SearchFuzzTest {

  private static final Analyzer ANALYZER = Fields.analyzer();

  /** A text, a NUL byte, then what someone searched for. */
  @FuzzTest(maxDuration = "3m")
  void snippet(byte[] input) {
    int separator = 0;
    while (separator < input.length && input[separator] != 0) {
      separator++;
    }
    var text = new String(input, 0, separator, StandardCharsets.UTF_8);
    var search =
        separator < input.length
            ? new String(input, separator + 1, input.length - separator - 1, StandardCharsets.UTF_8)
            : "";
    QueryTerms terms;
    try {
      terms = QueryTerms.of(new UserQueryParser(ANALYZER).parse(search));
    } catch (BadQueryException refused) {
      return;
    }

    var snippet = Snippets.of(text, terms, ANALYZER);

    SnippetsPropertiesTest.assertWellFormed(snippet, text);
  }

  @FuzzTest(maxDuration = "2m")
  void signature(byte[] input) {
    var text = new String(input, StandardCharsets.UTF_8);

    var shingles = Shingles.of(text);
    var signature = MinHash.signature(shingles);

    assertThat(shingles.size()).isLessThanOrEqualTo(2 * Shingles.words(text).size());
    assertThat(MinHash.similarity(signature, MinHash.signature(text)))
        .isEqualTo(shingles.isEmpty() ? 0.0 : 1.0);
    assertThat(MinHash.bands(signature)).hasSize(shingles.isEmpty() ? 0 : MinHash.BANDS);
    assertThat(MinHash.decode(MinHash.encode(signature))).isEqualTo(signature);
  }
}
