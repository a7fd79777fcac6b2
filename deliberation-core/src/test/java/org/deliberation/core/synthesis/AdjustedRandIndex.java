package org.deliberation.core.synthesis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hubert and Arabie's adjusted Rand index between two labelings of the same items: 1 is identical, 0 chance. */
public final class AdjustedRandIndex {

  public static <A, B> double of(List<A> first, List<B> second) {
    Map<A, Map<B, Integer>> table = new HashMap<>();
    Map<A, Integer> rows = new HashMap<>();
    Map<B, Integer> cols = new HashMap<>();
    for (int i = 0; i < first.size(); i++) {
      table
          .computeIfAbsent(first.get(i), k -> new HashMap<>())
          .merge(second.get(i), 1, Integer::sum);
      rows.merge(first.get(i), 1, Integer::sum);
      cols.merge(second.get(i), 1, Integer::sum);
    }
    double index = 0;
    for (var row : table.values()) {
      for (int n : row.values()) {
        index += pairs(n);
      }
    }
    double rowPairs = rows.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
    double colPairs = cols.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
    double expected = rowPairs * colPairs / pairs(first.size());
    double max = (rowPairs + colPairs) / 2;
    return (index - expected) / (max - expected);
  }

  private static double pairs(int n) {
    return n * (n - 1) / 2.0;
  }

  private AdjustedRandIndex() {}
}
