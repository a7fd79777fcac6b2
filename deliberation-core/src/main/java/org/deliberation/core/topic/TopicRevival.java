package org.deliberation.core.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps subjects from one generation to the next. Lingo alone is unstable: removing a tenth of the statements can
 * make it pick other phrases for the same subjects, and their topics then lose their ids. So a previous topic whose
 * label the statements still use (two of them at least contain all its words, as Lingo would assign them) is offered
 * again, before Lingo's clusters; a Lingo cluster on the same statements is merged into it
 * ({@link LingoTopics#merged}). To leave room for new subjects without letting old ones pile up, the topics are then
 * kept largest first, at most half again as many as Lingo found.
 */
final class TopicRevival {

  private TopicRevival() {}

  /** The previous topics whose labels at least two statements still use, with those statements. */
  static List<LingoTopics.Cluster> of(
      TopicGeneration previous, List<String> texts, TopicTerms terms) {
    var revived = new ArrayList<LingoTopics.Cluster>();
    if (previous.topics().isEmpty()) {
      return revived;
    }
    var sets = texts.stream().map(terms::termSet).toList();
    for (var topic : previous.topics()) {
      var label = terms.termSet(topic.label());
      if (label.length == 0) {
        continue;
      }
      var members = new ArrayList<Integer>();
      for (int i = 0; i < sets.size(); i++) {
        if (TopicTerms.shared(sets.get(i), label) == label.length) {
          members.add(i);
        }
      }
      if (members.size() >= 2) {
        revived.add(new LingoTopics.Cluster(topic.label(), members));
      }
    }
    return revived;
  }

  /** The revived subjects and Lingo's clusters, merged, largest first, at most 1.5 × Lingo's count. */
  static List<LingoTopics.Cluster> combined(
      List<LingoTopics.Cluster> revived, List<LingoTopics.Cluster> lingo) {
    int fromLingo = LingoTopics.merged(lingo).size();
    var all = new ArrayList<>(revived);
    all.addAll(lingo);
    var merged = new ArrayList<>(LingoTopics.merged(all));
    // A stable sort: equal sizes keep the revived first, then Lingo's order.
    merged.sort(Comparator.comparingInt((LingoTopics.Cluster c) -> -c.members().size()));
    int cap = Math.max(1, fromLingo + (fromLingo + 1) / 2);
    return merged.subList(0, Math.min(cap, merged.size()));
  }
}
