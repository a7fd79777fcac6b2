package org.deliberation.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/** Applies what an author does to their statement: a new text ({@link IndexChange.ReplaceText}), a withdrawal. */
final class StatementRewrites {

  private StatementRewrites() {}

  /**
   * Rewrites one statement with a new text from its stored fields, keeping its topics and flags, as a new generation
   * of topics rewrites it with new topics and its text.
   */
  static void apply(IndexWriter writer, SearcherManager searchers, IndexChange.ReplaceText change)
      throws IOException {
    searchers.maybeRefreshBlocking();
    var searcher = searchers.acquire();
    try {
      var key = new Term(Fields.KEY, IndexDocument.statementKey(change.statement()));
      var found = searcher.search(new TermQuery(key), 1);
      if (found.scoreDocs.length == 0) {
        return;
      }
      int doc = found.scoreDocs[0].doc;
      var leaf =
          searcher
              .getIndexReader()
              .leaves()
              .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
      int local = doc - leaf.docBase;
      var reader = leaf.reader();
      var fields = reader.storedFields().document(local);
      var old = TopicAssignments.source(fields, fields.get(Fields.PROJECT));
      var hidden = DocValues.getNumeric(reader, Fields.HIDDEN);
      var erased = DocValues.getNumeric(reader, Fields.ERASED);
      var rewritten =
          new IndexDocument(
              old.id(),
              old.type(),
              old.project(),
              null,
              change.title(),
              change.text(),
              old.author(),
              old.stance());
      writer.updateDocument(
          key,
          LuceneDocuments.of(
              rewritten,
              TopicAssignments.current(DocValues.getSortedSet(reader, Fields.TOPIC), local),
              hidden.advanceExact(local) && hidden.longValue() == 1,
              erased.advanceExact(local) && erased.longValue() == 1));
    } finally {
      searchers.release(searcher);
    }
  }

  static void apply(IndexWriter writer, IndexChange.Remove change) throws IOException {
    writer.deleteDocuments(new Term(Fields.KEY, IndexDocument.statementKey(change.statement())));
  }
}
