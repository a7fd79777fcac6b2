package org.deliberation.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.statement.Stance;

/**
 * Applies a {@link IndexChange.SetTopics}. Lucene updates only numeric and binary doc values in place, and a topic
 * must be an indexed term to filter by and a sorted-set doc value to count, so a statement whose topics change is
 * rewritten whole from its stored fields, keeping its flags. Only those: each statement of the project is compared
 * with the generation first, so a generation that moves one statement rewrites one document, and the same generation
 * applied again rewrites none (only the labels' document, which is one per project).
 */
final class TopicAssignments {

  private static final int STATEMENT_PREFIX = IndexDocument.statementKey("").length();

  private TopicAssignments() {}

  /**
   * Compares with what the index holds now, changes included that no search has seen yet.
   *
   * @return how many statements were rewritten
   */
  static int apply(IndexWriter writer, SearcherManager searchers, IndexChange.SetTopics change)
      throws IOException {
    searchers.maybeRefreshBlocking();
    var searcher = searchers.acquire();
    try {
      return apply(writer, searcher, change);
    } finally {
      searchers.release(searcher);
    }
  }

  private static int apply(IndexWriter writer, IndexSearcher searcher, IndexChange.SetTopics change)
      throws IOException {
    var project = change.project().value();
    writer.updateDocument(TopicLabels.key(project), TopicLabels.document(project, change.labels()));
    var rewrites = changed(searcher, project, change.topics());
    for (var rewrite : rewrites) {
      writer.updateDocument(new Term(Fields.KEY, rewrite.get(Fields.KEY)), rewrite);
    }
    return rewrites.size();
  }

  /** The project's statements and viewpoints whose topics differ from the wanted ones, rewritten with them. */
  private static List<Document> changed(
      IndexSearcher searcher, String project, Map<String, List<String>> wanted) throws IOException {
    var statements =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.PROJECT, project)), BooleanClause.Occur.FILTER)
            .add(
                new TermInSetQuery(
                    Fields.TYPE,
                    List.of(
                        new BytesRef(DocumentType.STATEMENT.value()),
                        new BytesRef(DocumentType.VIEWPOINT.value()))),
                BooleanClause.Occur.FILTER)
            .build();
    var weight =
        searcher.createWeight(searcher.rewrite(statements), ScoreMode.COMPLETE_NO_SCORES, 1f);
    var rewrites = new ArrayList<Document>();
    for (var leaf : searcher.getIndexReader().leaves()) {
      var scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      var reader = leaf.reader();
      var live = reader.getLiveDocs();
      var keys = DocValues.getSorted(reader, Fields.KEY);
      var topics = DocValues.getSortedSet(reader, Fields.TOPIC);
      var hidden = DocValues.getNumeric(reader, Fields.HIDDEN);
      var erased = DocValues.getNumeric(reader, Fields.ERASED);
      var stored = reader.storedFields();
      var docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        // The key's doc values name the statement without reading its stored fields: only the
        // statements rewritten are read.
        keys.advanceExact(doc);
        var key = keys.lookupOrd(keys.ordValue()).utf8ToString();
        var target = wanted.getOrDefault(key.substring(STATEMENT_PREFIX), List.of());
        if (target.equals(current(topics, doc))) {
          continue;
        }
        rewrites.add(
            LuceneDocuments.of(
                source(stored.document(doc), project),
                target,
                hidden.advanceExact(doc) && hidden.longValue() == 1,
                erased.advanceExact(doc) && erased.longValue() == 1));
      }
    }
    return rewrites;
  }

  static List<String> current(SortedSetDocValues topics, int doc) throws IOException {
    if (!topics.advanceExact(doc)) {
      return List.of();
    }
    var values = new ArrayList<String>(topics.docValueCount());
    for (int i = 0; i < topics.docValueCount(); i++) {
      values.add(topics.lookupOrd(topics.nextOrd()).utf8ToString());
    }
    values.sort(null);
    return values;
  }

  /** The statement as it was put: every field it was made from is stored. */
  static IndexDocument source(Document fields, String project) {
    var author = fields.get(Fields.AUTHOR);
    var stance = fields.get(Fields.STANCE);
    return new IndexDocument(
        fields.get(Fields.ID),
        DocumentType.fromValue(fields.get(Fields.TYPE)),
        new ProjectId(project),
        null,
        fields.get(Fields.TITLE),
        fields.get(Fields.TEXT),
        author == null ? null : new ParticipantId(author),
        stance == null ? null : Stance.valueOf(stance));
  }
}
