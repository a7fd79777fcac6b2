package org.deliberation.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.deliberation.search.analysis.SearchAnalyzers;

/**
 * The fields of an index document. Changing a field or an analysis here changes what the index holds: bump
 * {@link SearchIndex#SCHEMA_VERSION} with it, so that existing indexes rebuild.
 */
final class Fields {

  /** Unique; indexed to update by it, with sorted doc values to break ties between equal scores. */
  static final String KEY = "key";

  static final String ID = "id";

  /** Indexed to filter, with sorted doc values to count facets. */
  static final String TYPE = "type";

  static final String PROJECT = "project";

  /** The page a section belongs to, {@code project/name}: every section of a page is replaced at once by it. */
  static final String PAGE = "page";

  static final String AUTHOR = "author";

  static final String STANCE = "stance";

  /** Stored only: shown as they are, searched through their analyzed copies below. */
  static final String TITLE = "title";

  static final String TEXT = "text";

  static final String TITLE_EN = "title.en";
  static final String TITLE_FR = "title.fr";
  static final String TITLE_FOLDED = "title.folded";
  static final String TEXT_EN = "text.en";
  static final String TEXT_FR = "text.fr";
  static final String TEXT_FOLDED = "text.folded";

  /** Numeric doc values, 0 or 1, updated in place: moderation and erasure need no reindexing. */
  static final String HIDDEN = "hidden";

  static final String ERASED = "erased";

  /** A statement's MinHash signature, stored, and its LSH band terms, indexed. */
  static final String MINHASH = "minhash";

  static final String LSH_BAND = "lsh";

  /**
   * A statement's topics in its project's latest generation, multi-valued: indexed and stored to filter and to read
   * back, with sorted-set doc values to count facets. Topic ids are per project.
   */
  static final String TOPIC = "topic";

  /**
   * Stored only, on the one document of a project's topic labels ({@link TopicLabels}): {@code id NUL label} per
   * topic. That document has no type and no text, so no query, suggestion or near-duplicate list ever returns it.
   */
  static final String TOPIC_LABEL = "topic.label";

  /**
   * How the analyzed fields are weighed when searched: a word in a title counts twice a word in the text. In a fixed
   * order, unlike {@code Map.of}'s, so that a query adds its scores in the same order in every process, and a score
   * in a cursor matches the score the next page computes.
   */
  static final Map<String, Float> SEARCHED = searched();

  static final float TITLE_BOOST = 2f;

  private Fields() {}

  /** One analyzer for every field: English and French for the language fields, folded for the rest. */
  static Analyzer analyzer() {
    var english = SearchAnalyzers.english();
    var french = SearchAnalyzers.french();
    return new PerFieldAnalyzerWrapper(
        SearchAnalyzers.folded(),
        Map.of(TITLE_EN, english, TEXT_EN, english, TITLE_FR, french, TEXT_FR, french));
  }

  private static Map<String, Float> searched() {
    var weights = new LinkedHashMap<String, Float>();
    weights.put(TITLE_EN, TITLE_BOOST);
    weights.put(TITLE_FR, TITLE_BOOST);
    weights.put(TEXT_EN, 1f);
    weights.put(TEXT_FR, 1f);
    return Collections.unmodifiableMap(weights);
  }

  /** The language fields analyse the same way for titles and texts; snippets use the text field of each language. */
  static String textFieldLike(String field) {
    return switch (field) {
      case TITLE_EN -> TEXT_EN;
      case TITLE_FR -> TEXT_FR;
      case TITLE_FOLDED -> TEXT_FOLDED;
      default -> field;
    };
  }
}
