package org.deliberation.search;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.deliberation.search.minhash.MinHash;

/** Turns an {@link IndexDocument} into the Lucene document that {@link Fields} describes. */
final class LuceneDocuments {

  private LuceneDocuments() {}

  /** A document as it is first put: no topics, its flags clear. */
  static Document of(IndexDocument source) {
    return of(source, List.of(), false, false);
  }

  /**
   * A document with its topics and flags: when a new generation of topics rewrites a statement, it keeps the flags
   * it had.
   */
  static Document of(IndexDocument source, List<String> topics, boolean hidden, boolean erased) {
    var doc = new Document();
    var key = source.key();
    doc.add(new StringField(Fields.KEY, key, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
    doc.add(new StoredField(Fields.ID, source.id()));
    keyword(doc, Fields.TYPE, source.type().value());
    if (source.project() != null) {
      keyword(doc, Fields.PROJECT, source.project().value());
    }
    if (source.page() != null) {
      doc.add(new StringField(Fields.PAGE, source.page().toString(), Field.Store.YES));
    }
    if (source.author() != null) {
      doc.add(new StringField(Fields.AUTHOR, source.author().value(), Field.Store.YES));
    }
    if (source.stance() != null) {
      doc.add(new StringField(Fields.STANCE, source.stance().name(), Field.Store.YES));
    }
    doc.add(new StoredField(Fields.TITLE, source.title()));
    doc.add(new TextField(Fields.TITLE_EN, source.title(), Field.Store.NO));
    doc.add(new TextField(Fields.TITLE_FR, source.title(), Field.Store.NO));
    doc.add(new TextField(Fields.TITLE_FOLDED, source.title(), Field.Store.NO));
    doc.add(new StoredField(Fields.TEXT, source.text()));
    doc.add(new TextField(Fields.TEXT_EN, source.text(), Field.Store.NO));
    doc.add(new TextField(Fields.TEXT_FR, source.text(), Field.Store.NO));
    doc.add(new TextField(Fields.TEXT_FOLDED, source.text(), Field.Store.NO));
    for (var topic : topics) {
      doc.add(new StringField(Fields.TOPIC, topic, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(Fields.TOPIC, new BytesRef(topic)));
    }
    doc.add(new NumericDocValuesField(Fields.HIDDEN, hidden ? 1 : 0));
    doc.add(new NumericDocValuesField(Fields.ERASED, erased ? 1 : 0));
    if (source.type() == DocumentType.STATEMENT || source.type() == DocumentType.VIEWPOINT) {
      var signature = MinHash.signature(source.text());
      doc.add(new StoredField(Fields.MINHASH, MinHash.encode(signature)));
      for (var band : MinHash.bands(signature)) {
        doc.add(new StringField(Fields.LSH_BAND, band, Field.Store.NO));
      }
    }
    return doc;
  }

  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }
}
