package org.deliberation.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.deliberation.search.minhash.MinHash;
import org.jspecify.annotations.Nullable;

/**
 * Statements of the same project that say nearly the same as one of them: candidates are found by their LSH band terms,
 * then kept when the MinHash signatures stored with them estimate a similarity of at least {@link MinHash#THRESHOLD}.
 */
final class NearDuplicates {

  /**
   * The most candidates scored, those sharing the most bands. Sharing a band is likely from a similarity of 0.2 on, so
   * a big project has many candidates; those above the threshold share most bands and come first.
   */
  static final int CANDIDATES = 300;

  private NearDuplicates() {}

  static List<SimilarStatement> find(IndexSearcher searcher, String statementId, int limit)
      throws IOException {
    var self = new TermQuery(new Term(Fields.KEY, IndexDocument.statementKey(statementId)));
    var found = searcher.search(Visibility.visible(self), 1);
    if (found.scoreDocs.length == 0) {
      return List.of();
    }
    var stored = searcher.storedFields();
    var original = stored.document(found.scoreDocs[0].doc);
    var signature = signature(original.getBinaryValue(Fields.MINHASH));
    var bands = MinHash.bands(signature);
    if (bands.isEmpty()) {
      return List.of();
    }
    // Each shared band scores 1: the best candidates are those sharing the most.
    var anyBand = new BooleanQuery.Builder();
    for (var band : bands) {
      anyBand.add(
          new ConstantScoreQuery(new TermQuery(new Term(Fields.LSH_BAND, band))),
          BooleanClause.Occur.SHOULD);
    }
    var candidates =
        Visibility.visible(
            new BooleanQuery.Builder()
                .add(anyBand.build(), BooleanClause.Occur.MUST)
                .add(
                    new TermQuery(new Term(Fields.PROJECT, original.get(Fields.PROJECT))),
                    BooleanClause.Occur.FILTER)
                .add(self, BooleanClause.Occur.MUST_NOT));

    var similar = new ArrayList<SimilarStatement>();
    for (var hit : searcher.search(candidates, CANDIDATES).scoreDocs) {
      var doc =
          stored.document(hit.doc, Set.of(Fields.ID, Fields.TYPE, Fields.TEXT, Fields.MINHASH));
      double similarity =
          MinHash.similarity(signature, signature(doc.getBinaryValue(Fields.MINHASH)));
      if (similarity >= MinHash.THRESHOLD) {
        similar.add(
            new SimilarStatement(
                doc.get(Fields.ID),
                DocumentType.fromValue(doc.get(Fields.TYPE)),
                doc.get(Fields.TEXT),
                similarity));
      }
    }
    similar.sort(
        Comparator.comparingDouble(SimilarStatement::similarity)
            .reversed()
            .thenComparing(SimilarStatement::id));
    return List.copyOf(similar.subList(0, Math.min(limit, similar.size())));
  }

  private static int[] signature(@Nullable BytesRef stored) {
    if (stored == null) {
      return MinHash.decode(new byte[0]);
    }
    return MinHash.decode(
        Arrays.copyOfRange(stored.bytes, stored.offset, stored.offset + stored.length));
  }
}
