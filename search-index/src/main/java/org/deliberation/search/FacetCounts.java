package org.deliberation.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * How many matching documents there are of each type and in each project, counted over every match rather than over
 * one page. A collector over the sorted doc values of both fields: counting per segment ordinal and resolving the
 * names once per segment is all the faceting two small single-valued fields need, without the facet module's
 * taxonomy or its own index fields.
 *
 * @param types most first, then by name
 * @param projects most first, then by id
 */
record FacetCounts(Map<DocumentType, Long> types, Map<String, Long> projects) {

  long total() {
    return types.values().stream().mapToLong(Long::longValue).sum();
  }

  static CollectorManager<Counter, FacetCounts> manager() {
    return new CollectorManager<>() {
      @Override
      public Counter newCollector() {
        return new Counter();
      }

      @Override
      public FacetCounts reduce(Collection<Counter> counters) {
        var types = new HashMap<String, Long>();
        var projects = new HashMap<String, Long>();
        for (var counter : counters) {
          counter.types.forEach((type, count) -> types.merge(type, count, Long::sum));
          counter.projects.forEach((project, count) -> projects.merge(project, count, Long::sum));
        }
        return new FacetCounts(
            sorted(types, DocumentType::fromValue), sorted(projects, Function.identity()));
      }
    };
  }

  private static <K> Map<K, Long> sorted(Map<String, Long> counts, Function<String, K> key) {
    var sorted = new LinkedHashMap<K, Long>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(entry -> sorted.put(key.apply(entry.getKey()), entry.getValue()));
    return sorted;
  }

  /** Counts one slice of the index; not thread safe, like every collector. */
  static final class Counter implements Collector {

    private final Map<String, Long> types = new HashMap<>();
    private final Map<String, Long> projects = new HashMap<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      var typeValues = DocValues.getSorted(context.reader(), Fields.TYPE);
      var projectValues = DocValues.getSorted(context.reader(), Fields.PROJECT);
      var typeCounts = new long[typeValues.getValueCount()];
      var projectCounts = new long[projectValues.getValueCount()];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (typeValues.advanceExact(doc)) {
            typeCounts[typeValues.ordValue()]++;
          }
          if (projectValues.advanceExact(doc)) {
            projectCounts[projectValues.ordValue()]++;
          }
        }

        @Override
        public void finish() throws IOException {
          addCounts(typeValues, typeCounts, types);
          addCounts(projectValues, projectCounts, projects);
        }
      };
    }

    private static void addCounts(SortedDocValues values, long[] counts, Map<String, Long> into)
        throws IOException {
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0) {
          into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
