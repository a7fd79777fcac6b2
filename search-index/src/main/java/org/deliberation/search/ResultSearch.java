package org.deliberation.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Runs a {@link SearchQuery}: one page of hits after the cursor, with snippets, and facet counts over all hits. */
final class ResultSearch {

  /** Best first; the unique key breaks ties, so that pages of results are stable and cursors exact. */
  static final Sort BY_RELEVANCE =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.KEY, SortField.Type.STRING));

  /** A hit's score, the first value it was sorted by: asking the search to fill in scores too would score it twice. */
  static float score(ScoreDoc hit) {
    return (Float) ((FieldDoc) hit).fields[0];
  }

  private ResultSearch() {}

  /**
   * @param userQuery the parsed text of the query
   * @throws BadQueryException when the cursor was not made for this search
   */
  static SearchResults run(
      IndexSearcher searcher, Query userQuery, SearchQuery query, Analyzer analyzer)
      throws IOException {
    var fingerprint = Cursors.fingerprint(query);
    var after =
        query.cursor() == null
            ? null
            : Cursors.decode(query.cursor(), fingerprint, searcher.getIndexReader().maxDoc());
    var filtered = Visibility.visible(filters(query).add(userQuery, BooleanClause.Occur.MUST));

    // One more than a page: if it exists, there is a next page.
    var top = searcher.searchAfter(after, filtered, query.limit() + 1, BY_RELEVANCE, false);
    var facets = searcher.search(filtered, FacetCounts.manager());

    var terms = QueryTerms.of(userQuery);
    var stored = searcher.storedFields();
    int shown = Math.min(query.limit(), top.scoreDocs.length);
    var hits = new ArrayList<SearchHit>(shown);
    for (int i = 0; i < shown; i++) {
      var doc = stored.document(top.scoreDocs[i].doc);
      hits.add(
          new SearchHit(
              DocumentType.fromValue(doc.get(Fields.TYPE)),
              doc.get(Fields.PROJECT),
              doc.get(Fields.ID),
              doc.get(Fields.TITLE),
              Snippets.of(doc.get(Fields.TEXT), terms, analyzer),
              score(top.scoreDocs[i])));
    }
    String next = null;
    if (top.scoreDocs.length > query.limit()) {
      var last = (FieldDoc) top.scoreDocs[query.limit() - 1];
      next = Cursors.encode(fingerprint, score(last), ((BytesRef) last.fields[1]).utf8ToString());
    }
    return new SearchResults(
        facets.total(),
        hits,
        facets.types(),
        facets.projects(),
        topics(searcher, query, facets),
        next);
  }

  /** The topic facet, labelled: only for a search of one project, whose topic ids these are. */
  private static List<TopicCount> topics(
      IndexSearcher searcher, SearchQuery query, FacetCounts facets) throws IOException {
    if (query.projects().size() != 1 || facets.topics().isEmpty()) {
      return List.of();
    }
    var labels = TopicLabels.read(searcher, query.projects().iterator().next());
    var topics = new ArrayList<TopicCount>(facets.topics().size());
    facets
        .topics()
        .forEach((id, count) -> topics.add(new TopicCount(id, labels.getOrDefault(id, id), count)));
    return topics;
  }

  private static BooleanQuery.Builder filters(SearchQuery query) {
    var filters = new BooleanQuery.Builder();
    if (!query.projects().isEmpty()) {
      filters.add(
          new TermInSetQuery(Fields.PROJECT, query.projects().stream().map(BytesRef::new).toList()),
          BooleanClause.Occur.FILTER);
    }
    if (!query.types().isEmpty()) {
      var types = query.types().stream().map(type -> new BytesRef(type.value())).toList();
      filters.add(new TermInSetQuery(Fields.TYPE, types), BooleanClause.Occur.FILTER);
    }
    if (query.topic() != null) {
      filters.add(new TermQuery(new Term(Fields.TOPIC, query.topic())), BooleanClause.Occur.FILTER);
    }
    if (query.stance() != null) {
      filters.add(
          new TermQuery(new Term(Fields.STANCE, query.stance().name())),
          BooleanClause.Occur.FILTER);
    }
    return filters;
  }
}
