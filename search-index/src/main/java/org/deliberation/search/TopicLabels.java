package org.deliberation.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The labels of a project's latest topics, kept in the index itself as one document per project rather than in memory
 * beside it: they are then committed with the index's position, survive a restart that replays nothing, and are
 * rebuilt with everything else from the events. The document has a key, a project and the labels, nothing a query
 * searches.
 */
final class TopicLabels {

  private static final char SEPARATOR = '\u0000';

  private TopicLabels() {}

  static Term key(String project) {
    return new Term(Fields.KEY, "topics:" + project);
  }

  static Document document(String project, Map<String, String> labels) {
    var doc = new Document();
    // Indexed as every document's key and project are: Lucene wants one shape per field.
    var key = key(project).text();
    doc.add(new StringField(Fields.KEY, key, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
    doc.add(new StringField(Fields.PROJECT, project, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.PROJECT, new BytesRef(project)));
    labels.forEach(
        (id, label) -> doc.add(new StoredField(Fields.TOPIC_LABEL, id + SEPARATOR + label)));
    return doc;
  }

  /** Topic id to label for the project's latest generation; empty when it has none yet. */
  static Map<String, String> read(IndexSearcher searcher, String project) throws IOException {
    var labels = new HashMap<String, String>();
    var found = searcher.search(new TermQuery(key(project)), 1);
    if (found.scoreDocs.length == 0) {
      return labels;
    }
    var doc = searcher.storedFields().document(found.scoreDocs[0].doc);
    for (var value : doc.getValues(Fields.TOPIC_LABEL)) {
      int separator = value.indexOf(SEPARATOR);
      labels.put(value.substring(0, separator), value.substring(separator + 1));
    }
    return labels;
  }
}
