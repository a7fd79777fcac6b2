package org.deliberation.search;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The filter every query ends with: hidden statements and the documents of erased participants stay in the index,
 * flagged in place, and no query may return them.
 */
final class Visibility {

  private Visibility() {}

  /** The query being built, less hidden and erased documents. */
  static Query visible(BooleanQuery.Builder query) {
    return query
        .add(NumericDocValuesField.newSlowExactQuery(Fields.HIDDEN, 0), BooleanClause.Occur.FILTER)
        .add(NumericDocValuesField.newSlowExactQuery(Fields.ERASED, 0), BooleanClause.Occur.FILTER)
        .build();
  }

  static Query visible(Query query) {
    return visible(new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST));
  }
}
