package org.deliberation.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Titles completing what is being typed, from the folded title field: whole words, no stemming, so that a prefix of a
 * word is a prefix of a term.
 */
final class TitleSuggestions {

  /** The most candidates read to find distinct titles: enough for 20 unless most of them share a title. */
  static final int CANDIDATES = 200;

  private TitleSuggestions() {}

  private record Candidate(float score, Suggestion suggestion) {}

  /**
   * @param words the folded words typed, at least one: the last is a prefix, the others whole words
   */
  static List<Suggestion> find(IndexSearcher searcher, List<String> words, int limit)
      throws IOException {
    var query = new BooleanQuery.Builder();
    for (var word : words.subList(0, words.size() - 1)) {
      query.add(new TermQuery(new Term(Fields.TITLE_FOLDED, word)), BooleanClause.Occur.MUST);
    }
    query.add(
        new PrefixQuery(new Term(Fields.TITLE_FOLDED, words.getLast())), BooleanClause.Occur.MUST);

    var top = searcher.search(Visibility.visible(query), CANDIDATES, ResultSearch.BY_RELEVANCE);
    var stored = searcher.storedFields();
    var candidates = new ArrayList<Candidate>();
    for (var hit : top.scoreDocs) {
      var doc =
          stored.document(hit.doc, Set.of(Fields.TITLE, Fields.TYPE, Fields.PROJECT, Fields.ID));
      candidates.add(
          new Candidate(
              ResultSearch.score(hit),
              new Suggestion(
                  doc.get(Fields.TITLE),
                  DocumentType.fromValue(doc.get(Fields.TYPE)),
                  doc.get(Fields.PROJECT),
                  doc.get(Fields.ID))));
    }
    // Best first; among equals (a prefix alone scores the same everywhere) the shortest title, the
    // closest match.
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparingInt(candidate -> candidate.suggestion().title().length())
            .thenComparing(candidate -> candidate.suggestion().title()));
    var titles = new HashSet<String>();
    var suggestions = new ArrayList<Suggestion>();
    for (var candidate : candidates) {
      if (suggestions.size() < limit && titles.add(candidate.suggestion().title())) {
        suggestions.add(candidate.suggestion());
      }
    }
    return List.copyOf(suggestions);
  }
}
