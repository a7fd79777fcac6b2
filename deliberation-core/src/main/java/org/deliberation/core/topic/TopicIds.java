package org.deliberation.core.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Carries ids over from one generation to the next. A fresh topic takes the id of a previous topic when it holds more
 * than half of that topic's statements (as the previous topic listed them, so that a topic most of whose statements
 * are gone loses its id). Pairs are taken greedily, the largest overlap first (ties: the fresh topic listed first,
 * then the previous topic listed first), each id and each fresh topic once. Every other fresh topic takes
 * {@code "t" + nextNumber}, counting on: an id is never given twice, even to a topic that comes back.
 */
final class TopicIds {

  /** The fresh topics with their ids, and the number the next new id takes. */
  record Assigned(List<Topic> topics, int nextNumber) {}

  private TopicIds() {}

  static Assigned assign(
      TopicGeneration previous,
      List<TopicMembership.Settled> fresh,
      List<List<String>> statements) {
    record Pair(int fresh, int previous, int overlap) {}
    var pairs = new ArrayList<Pair>();
    for (int p = 0; p < previous.topics().size(); p++) {
      var old = previous.topics().get(p).statements();
      var oldSet = new HashSet<>(old);
      for (int f = 0; f < fresh.size(); f++) {
        int overlap = (int) statements.get(f).stream().filter(oldSet::contains).count();
        if (2 * overlap > old.size()) {
          pairs.add(new Pair(f, p, overlap));
        }
      }
    }
    pairs.sort(
        Comparator.comparingInt((Pair pair) -> -pair.overlap())
            .thenComparingInt(Pair::fresh)
            .thenComparingInt(Pair::previous));
    var ids = new String[fresh.size()];
    var taken = new boolean[previous.topics().size()];
    for (var pair : pairs) {
      if (ids[pair.fresh()] == null && !taken[pair.previous()]) {
        ids[pair.fresh()] = previous.topics().get(pair.previous()).id();
        taken[pair.previous()] = true;
      }
    }
    int next = previous.nextNumber();
    var topics = new ArrayList<Topic>();
    for (int f = 0; f < fresh.size(); f++) {
      var id = ids[f] != null ? ids[f] : "t" + next++;
      topics.add(new Topic(id, fresh.get(f).label(), statements.get(f)));
    }
    return new Assigned(topics, next);
  }
}
