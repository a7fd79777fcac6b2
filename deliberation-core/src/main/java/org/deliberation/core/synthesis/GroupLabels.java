package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a group's label from one recomputation to the next: the new groups are matched with the previous ones by
 * shared members, largest overlap first, and take their labels; a new group gets the first free letter. So the group
 * an official called "B" yesterday is still "B" today if it is mostly the same people.
 */
final class GroupLabels {

  static List<String> carryOver(List<OpinionGroup> previous, List<List<String>> members) {
    var labels = new String[members.size()];
    var usedPrevious = new HashSet<Integer>();
    var sets = members.stream().map(list -> (Set<String>) new HashSet<>(list)).toList();
    while (true) {
      int bestNew = -1;
      int bestOld = -1;
      int bestOverlap = 0;
      for (int n = 0; n < members.size(); n++) {
        if (labels[n] != null) {
          continue;
        }
        for (int o = 0; o < previous.size(); o++) {
          if (usedPrevious.contains(o)) {
            continue;
          }
          int overlap = 0;
          for (var member : previous.get(o).members()) {
            if (sets.get(n).contains(member)) {
              overlap++;
            }
          }
          if (overlap > bestOverlap) {
            bestOverlap = overlap;
            bestNew = n;
            bestOld = o;
          }
        }
      }
      if (bestNew < 0) {
        break;
      }
      labels[bestNew] = previous.get(bestOld).label();
      usedPrevious.add(bestOld);
    }
    var taken = new HashSet<String>();
    for (var label : labels) {
      if (label != null) {
        taken.add(label);
      }
    }
    for (int n = 0; n < labels.length; n++) {
      if (labels[n] == null) {
        labels[n] = firstFree(taken);
        taken.add(labels[n]);
      }
    }
    return new ArrayList<>(List.of(labels));
  }

  private static String firstFree(Set<String> taken) {
    for (int i = 0; ; i++) {
      var label = i < 26 ? String.valueOf((char) ('A' + i)) : "G" + (i + 1);
      if (!taken.contains(label)) {
        return label;
      }
    }
  }

  private GroupLabels() {}
}
