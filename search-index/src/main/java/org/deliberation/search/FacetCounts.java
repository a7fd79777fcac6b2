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
 * How many matching documents there are of each type, in each project and in each topic, counted over every match
 * rather than over one page. A collector over the doc values of the three fields: counting per segment ordinal and
 * resolving the names once per segment is all the faceting these small fields need, without the facet module's
 * taxonomy or its own index fields. A statement in several topics counts once in each.
 *
 * @param types most first, then by name
 * @param projects most first, then by id
 * @param topics most first, then by id; ids are per project, so these mean something only for a search of one
 */
record FacetCounts(
    Map<DocumentType, Long> types, Map<String, Long> projects, Map<String, Long> topics) {

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
        var topics = new HashMap<String, Long>();
        for (var counter : counters) {
          counter.types.forEach((type, count) -> types.merge(type, count, Long::sum));
          counter.projects.forEach((project, count) -> projects.merge(project, count, Long::sum));
          counter.topics.forEach((topic, count) -> topics.merge(topic, count, Long::sum));
        }
        return new FacetCounts(
            sorted(types, DocumentType::fromValue),
            sorted(projects, Function.identity()),
            sorted(topics, Function.identity()));
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
    private final Map<String, Long> topics = new HashMap<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      var typeValues = DocValues.getSorted(context.reader(), Fields.TYPE);
      var projectValues = DocValues.getSorted(context.reader(), Fields.PROJECT);
      var typeCounts = new long[typeValues.getValueCount()];
      var projectCounts = new long[projectValues.getValueCount()];
      var topicValues = DocValues.getSortedSet(context.reader(), Fields.TOPIC);
      var topicCounts = new long[Math.toIntExact(topicValues.getValueCount())];
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
          if (topicValues.advanceExact(doc)) {
            for (int i = 0; i < topicValues.docValueCount(); i++) {
              topicCounts[Math.toIntExact(topicValues.nextOrd())]++;
            }
          }
        }

        @Override
        public void finish() throws IOException {
          addCounts(typeValues, typeCounts, types);
          addCounts(projectValues, projectCounts, projects);
          for (int ord = 0; ord < topicCounts.length; ord++) {
            if (topicCounts[ord] > 0) {
              topics.merge(topicValues.lookupOrd(ord).utf8ToString(), topicCounts[ord], Long::sum);
            }
          }
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
