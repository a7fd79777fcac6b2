package org.deliberation.core.integrity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;

/**
 * Whether a set of flaggers is coordinated, so that a burst of flags from one group never hides anything by itself:
 * the web layer compares {@link Assessment#independent()}, not the raw number of flaggers, with its threshold.
 *
 * <p>Flaggers count as one when they are in the same reported coordinated group, share an address key, or are among
 * at least {@code minBurst} flaggers whose accounts were created within {@code burstWindowMillis} of each other (a
 * batch of fresh accounts flagging together). Pure: the same flaggers, report and signals give the same answer.
 */
public final class FlagReview {

  /**
   * The assessment of a set of flaggers.
   *
   * @param flaggers how many distinct accounts flagged
   * @param independent how many independent flaggers that makes, each coordinated set counting once
   * @param coordinated whether some flaggers were counted together
   * @param reasons why, for moderators
   */
  public record Assessment(
      int flaggers, int independent, boolean coordinated, List<String> reasons) {

    public Assessment {
      reasons = List.copyOf(reasons);
    }

    /** Whether the flags may hide the statement by themselves under a threshold of independent flaggers. */
    public boolean reaches(int threshold) {
      return independent >= threshold;
    }
  }

  public static Assessment assess(
      Collection<String> flaggers,
      IntegrityReport report,
      ParticipantSignals signals,
      IntegritySettings settings) {
    var accounts = new ArrayList<>(new TreeSet<>(flaggers));
    int n = accounts.size();
    var parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    var reasons = new ArrayList<String>();
    var index = report.index();
    var byGroup = new HashMap<CoordinatedGroup, Integer>();
    var byAddress = new HashMap<String, Integer>();
    int inGroups = 0;
    int atAddresses = 0;
    for (int i = 0; i < n; i++) {
      var group = index.get(accounts.get(i));
      if (group != null) {
        Integer first = byGroup.putIfAbsent(group, i);
        if (first != null) {
          union(parent, first, i);
          inGroups++;
        }
      }
      var address = signals.addressKeys().get(accounts.get(i));
      if (address != null) {
        Integer first = byAddress.putIfAbsent(address, i);
        if (first != null) {
          union(parent, first, i);
          atAddresses++;
        }
      }
    }
    if (inGroups > 0) {
      reasons.add(inGroups + " flaggers are in the same coordinated group as another");
    }
    if (atAddresses > 0) {
      reasons.add(atAddresses + " flaggers share an address with another");
    }
    var signedUp = new ArrayList<Integer>();
    for (int i = 0; i < n; i++) {
      if (signals.signedUpAt().containsKey(accounts.get(i))) {
        signedUp.add(i);
      }
    }
    signedUp.sort(Comparator.comparing(i -> signals.signedUpAt().get(accounts.get(i))));
    int burst = 0;
    int end = 0;
    for (int start = 0; start < signedUp.size(); start++) {
      end = Math.max(end, start);
      long from = signals.signedUpAt().get(accounts.get(signedUp.get(start))).toEpochMilli();
      while (end + 1 < signedUp.size()
          && signals.signedUpAt().get(accounts.get(signedUp.get(end + 1))).toEpochMilli() - from
              <= settings.burstWindowMillis()) {
        end++;
      }
      if (end - start + 1 >= settings.minBurst()) {
        for (int i = start + 1; i <= end; i++) {
          if (find(parent, signedUp.get(i)) != find(parent, signedUp.get(start))) {
            union(parent, signedUp.get(start), signedUp.get(i));
            burst++;
          }
        }
      }
    }
    if (burst > 0) {
      reasons.add(burst + " flaggers' accounts were created in a burst with others");
    }
    int independent = 0;
    for (int i = 0; i < n; i++) {
      if (find(parent, i) == i) {
        independent++;
      }
    }
    return new Assessment(n, independent, independent < n, reasons);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private FlagReview() {}
}
