package org.deliberation.core.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.deliberation.core.synthesis.VoteHistory;
import org.deliberation.core.synthesis.VoteMatrix;

/**
 * Finds groups of accounts that behave as one, from what they did on the site: near-identical votes, the same
 * statements voted in the same order at a steady lag, accounts created in a burst or from one address, near-copies
 * of each other's statements.
 *
 * <p><b>Evidence is weighed in bits</b>, as log-likelihood ratios of "coordinated" against "independent", so that
 * signals add up and a common vote counts for little:
 *
 * <ul>
 *   <li><b>Votes</b> (over at least {@code minSharedVotes} shared statements). Under independence, an account votes
 *       {@code v} on statement {@code j} with the statement's smoothed share {@code p_j(v)} (over distinct vote
 *       patterns: a class of identical voters counts once, or a brigade would make its own votes look common); under
 *       coordination, it
 *       repeats its partner's vote except with probability ε. A shared vote that matches weighs
 *       {@code log2((1 − ε) / p_j(v) + ε)} — little for agreeing with what nearly everyone agrees with, much for a
 *       rare vote — and one that differs {@code log2 ε}. This is the pointwise mutual information that Community
 *       Notes' post selection similarity thresholds ({@code post_selection_similarity.py}), with a penalty for
 *       disagreements.
 *   <li><b>Lockstep</b> (vote instants known). Over the shared statements in one account's order, each next vote
 *       the partner also cast next, at the pair's usual lag give or take {@code lockstepLagMillis}, weighs
 *       {@code log2(0.95 / 0.25)} (independent people do so at most one step in four: one in two for the order, and
 *       the lag window halves that, generously for people taking part together); any other step
 *       {@code log2(0.05 / 0.75)}. People who take part at the same time but are shown statements in their own
 *       order score below zero.
 *   <li><b>Sign-up burst</b> ({@code burstBits}): both accounts created in a window of {@code burstWindowMillis}
 *       holding at least {@code minBurst} sign-ups and three times the conversation's average rate;
 *       <b>shared address</b> ({@code addressBits}); <b>near-copy statements</b> ({@code nearCopyBits} a pair).
 * </ul>
 *
 * Two accounts are linked when their evidence reaches {@code linkBits}, at least {@code behaviourBits} of it from
 * behaviour (votes, lockstep, near-copies): a burst of sign-ups or an address alone links nobody, since a newsletter
 * or a school brings honest people in bursts from one address.
 *
 * <p><b>Groups</b> are the connected sets of linked accounts, peeled like Community Notes' quasi-cliques
 * ({@code quasi_clique_detection.py}): the least-linked member is removed while some member is linked to fewer than
 * {@code density} of the others, and the removed ones are examined again on their own. So an honest account whose
 * votes a pseudonym copied is linked to that one pseudonym only and stays out of the brigade. A group's
 * <b>strength</b> is {@code density × (1 − exp(−(k − 1) · b / evidenceScale)) × (1 − exp(−(k − 1) / sizeScale))}
 * for k accounts linked by {@code b} bits on average: the evidence against each member grows with the others it is
 * linked to, and the last factor keeps a pair at most 0.39 and a trio at most 0.63, so that two or three accounts
 * voting alike (a couple, one person twice) are never strong, while ten linked at the threshold are.
 *
 * <p><b>Scale.</b> Accounts with identical vote vectors are first gathered into one class (a brigade of any size is
 * one class, linked within when its shared votes are evidence enough); candidate pairs of classes come from MinHash
 * locality-sensitive hashing of their (statement, vote) sets, in {@code bands} bands of {@code rows} (a pair whose
 * sets have Jaccard similarity 0.8 is a candidate with probability 0.999, at 0.5 with 0.74, at 0.05 with 0.001), and
 * from the sign-up bursts, addresses and near-copies; only candidates are compared. Seeded hashing: the same input
 * gives the same groups.
 */
public final class CoordinationDetector {

  private static final double LOG2 = Math.log(2);
  // Under independence, the next shared statement is also the partner's next, at the usual lag, one
  // time in four
  // at most (order alone: one in two; the lag window halves it again, generously for people taking
  // part together).
  private static final double CHANCE_IN_STEP = 0.25;
  private static final double IN_STEP = Math.log(0.95 / CHANCE_IN_STEP) / LOG2;
  private static final double OUT_OF_STEP = Math.log(0.05 / (1 - CHANCE_IN_STEP)) / LOG2;
  private static final int MIN_STEPS = 5;
  private static final int UNIT_BITS = 24; // units per detection: at most 16 million

  private final VoteMatrix votes;
  private final ParticipantSignals signals;
  private final IntegritySettings settings;
  private final double[][] matchBits; // [column][vote + 1]
  private final double mismatchBits;
  // Units: classes of accounts with identical vote vectors (or alone).
  private final int[] unitOf;
  private final List<int[]> units = new ArrayList<>();
  private final int[] burstOf;
  private final String[] addressOf;

  private CoordinationDetector(
      VoteMatrix votes, ParticipantSignals signals, IntegritySettings settings) {
    this.votes = votes;
    this.signals = signals;
    this.settings = settings;
    unitOf = new int[votes.rows()];
    formUnits();
    // Each statement's shares over distinct vote patterns, a class of identical voters counting
    // once, so that a
    // brigade does not make its own votes look common.
    int m = votes.cols();
    var count = new int[m][3];
    for (var unit : units) {
      int row = unit[0];
      var columns = votes.columns()[row];
      var values = votes.values()[row];
      for (int k = 0; k < columns.length; k++) {
        count[columns[k]][values[k] + 1]++;
      }
    }
    double epsilon = settings.deviation();
    matchBits = new double[m][3];
    for (int j = 0; j < m; j++) {
      int total = count[j][0] + count[j][1] + count[j][2];
      for (int v = 0; v < 3; v++) {
        double p = (count[j][v] + 1.0) / (total + 3.0);
        matchBits[j][v] = Math.log((1 - epsilon) / p + epsilon) / LOG2;
      }
    }
    mismatchBits = Math.log(epsilon) / LOG2;
    burstOf = bursts();
    addressOf = new String[votes.rows()];
    for (int row = 0; row < votes.rows(); row++) {
      addressOf[row] = signals.addressKeys().get(votes.participants().get(row));
    }
  }

  /** The coordinated groups in the votes, strongest first; groups weaker than {@code report} are left out. */
  public static List<CoordinatedGroup> detect(
      VoteMatrix votes, ParticipantSignals signals, IntegritySettings settings) {
    if (votes.rows() < 2) {
      return List.of();
    }
    return new CoordinationDetector(votes, signals, settings).groups();
  }

  // ------------------------------------------------------------------ units

  private void formUnits() {
    var byHash = new HashMap<Long, List<Integer>>();
    for (int row = 0; row < votes.rows(); row++) {
      if (votes.votesOf(row) < settings.minSharedVotes()) {
        unitOf[row] = units.size();
        units.add(new int[] {row});
        continue;
      }
      long h = 0x9E3779B97F4A7C15L;
      var columns = votes.columns()[row];
      var values = votes.values()[row];
      for (int k = 0; k < columns.length; k++) {
        h = mix(h ^ (columns[k] * 3L + values[k] + 1));
      }
      var bucket = byHash.computeIfAbsent(h, key -> new ArrayList<>());
      int found = -1;
      for (int unit : bucket) {
        int first = units.get(unit)[0];
        if (Arrays.equals(votes.columns()[first], columns)
            && Arrays.equals(votes.values()[first], values)) {
          found = unit;
          break;
        }
      }
      if (found < 0) {
        found = units.size();
        units.add(new int[] {row});
        bucket.add(found);
      } else {
        var members = units.get(found);
        var grown = Arrays.copyOf(members, members.length + 1);
        grown[members.length] = row;
        units.set(found, grown);
      }
      unitOf[row] = found;
    }
  }

  // Burst ids per row (-1: none): sign-ups in a window holding at least minBurst of them and three
  // times the
  // average rate; overlapping windows make one burst.
  private int[] bursts() {
    var burst = new int[votes.rows()];
    Arrays.fill(burst, -1);
    var rows = new ArrayList<Integer>();
    for (int row = 0; row < votes.rows(); row++) {
      if (signals.signedUpAt().containsKey(votes.participants().get(row))) {
        rows.add(row);
      }
    }
    if (rows.size() < settings.minBurst()) {
      return burst;
    }
    var at = new long[votes.rows()];
    for (int row : rows) {
      at[row] = signals.signedUpAt().get(votes.participants().get(row)).toEpochMilli();
    }
    rows.sort(Comparator.<Integer>comparingLong(row -> at[row]).thenComparingInt(row -> row));
    long span = Math.max(1, at[rows.getLast()] - at[rows.getFirst()]);
    double expected = (double) rows.size() * settings.burstWindowMillis() / span;
    double needed = Math.max(settings.minBurst(), Math.ceil(3 * expected));
    var marked = new boolean[rows.size()];
    int end = 0;
    for (int start = 0; start < rows.size(); start++) {
      end = Math.max(end, start);
      while (end + 1 < rows.size()
          && at[rows.get(end + 1)] - at[rows.get(start)] <= settings.burstWindowMillis()) {
        end++;
      }
      if (end - start + 1 >= needed) {
        for (int i = start; i <= end; i++) {
          marked[i] = true;
        }
      }
    }
    int id = -1;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < rows.size(); i++) {
      if (!marked[i]) {
        continue;
      }
      long t = at[rows.get(i)];
      if (id < 0 || t - last > settings.burstWindowMillis()) {
        id++;
      }
      burst[rows.get(i)] = id;
      last = t;
    }
    return burst;
  }

  // ------------------------------------------------------------------ pair evidence

  /** The evidence between two accounts, by channel, in bits. */
  record Pair(
      int shared,
      int same,
      double voteBits,
      double lockstepBits,
      double burstBits,
      double addressBits,
      double nearCopyBits) {

    double behaviour() {
      return Math.max(0, voteBits) + Math.max(0, lockstepBits) + nearCopyBits;
    }

    double total() {
      return behaviour() + burstBits + addressBits;
    }
  }

  Pair pair(int a, int b, int nearCopies) {
    var ca = votes.columns()[a];
    var cb = votes.columns()[b];
    var va = votes.values()[a];
    var vb = votes.values()[b];
    int i = 0;
    int j = 0;
    int shared = 0;
    int same = 0;
    double bits = 0;
    while (i < ca.length && j < cb.length) {
      if (ca[i] < cb[j]) {
        i++;
      } else if (ca[i] > cb[j]) {
        j++;
      } else {
        shared++;
        if (va[i] == vb[j]) {
          same++;
          bits += matchBits[ca[i]][va[i] + 1];
        } else {
          bits += mismatchBits;
        }
        i++;
        j++;
      }
    }
    double voteBits = shared >= settings.minSharedVotes() ? bits : 0;
    double lockstep = lockstep(a, b);
    double burst = burstOf[a] >= 0 && burstOf[a] == burstOf[b] ? settings.burstBits() : 0;
    double address =
        addressOf[a] != null && addressOf[a].equals(addressOf[b]) ? settings.addressBits() : 0;
    return new Pair(
        shared,
        same,
        voteBits,
        lockstep,
        burst,
        address,
        Math.min(2, nearCopies) * settings.nearCopyBits());
  }

  /** Order concordance at a steady lag over the shared statements both voted on at a known instant. */
  double lockstep(int a, int b) {
    var times = votes.castAt();
    if (times == null) {
      return 0;
    }
    var ca = votes.columns()[a];
    var cb = votes.columns()[b];
    int n = Math.min(ca.length, cb.length);
    var ta = new long[n];
    var tb = new long[n];
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < ca.length && j < cb.length) {
      if (ca[i] < cb[j]) {
        i++;
      } else if (ca[i] > cb[j]) {
        j++;
      } else {
        if (times[a][i] != VoteHistory.UNKNOWN && times[b][j] != VoteHistory.UNKNOWN) {
          ta[shared] = times[a][i];
          tb[shared] = times[b][j];
          shared++;
        }
        i++;
        j++;
      }
    }
    if (shared < MIN_STEPS + 1) {
      return 0;
    }
    // One account's order: sort (instant, index) packed in a long, the instant relative to the
    // earliest.
    long earliest = Long.MAX_VALUE;
    for (int k = 0; k < shared; k++) {
      earliest = Math.min(earliest, ta[k]);
    }
    var order = new long[shared];
    var lags = new long[shared];
    for (int k = 0; k < shared; k++) {
      order[k] = (Math.min(ta[k] - earliest, (1L << 43) - 1) << 20) | k;
      lags[k] = tb[k] - ta[k];
    }
    Arrays.sort(order);
    var sortedLags = lags.clone();
    Arrays.sort(sortedLags);
    long median = sortedLags[shared / 2];
    double bits = 0;
    for (int k = 0; k + 1 < shared; k++) {
      int x = (int) (order[k] & 0xFFFFF);
      int y = (int) (order[k + 1] & 0xFFFFF);
      boolean inStep =
          tb[y] > tb[x]
              && Math.abs(lags[x] - median) <= settings.lockstepLagMillis()
              && Math.abs(lags[y] - median) <= settings.lockstepLagMillis();
      bits += inStep ? IN_STEP : OUT_OF_STEP;
    }
    return bits;
  }

  private boolean links(Pair pair) {
    return pair.total() >= settings.linkBits() && pair.behaviour() >= settings.behaviourBits();
  }

  // ------------------------------------------------------------------ candidates

  private static int unit(long key, int which) {
    return which == 0 ? (int) (key >>> 32) : (int) key;
  }

  private static long key(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  private Map<Long, Integer> candidates() {
    var pairs = new HashMap<Long, Integer>(); // unit pair -> near-copy count
    // MinHash LSH over the units with enough votes: 32-bit multiply-add hashes of each (statement,
    // vote) token, the
    // minimum per hash; a band's key packed with the unit in a long, sorted, so that a run of equal
    // keys is a bucket.
    int hashes = settings.bands() * settings.rows();
    var random = new SplittableRandom(settings.seed());
    var multipliers = new int[hashes];
    var offsets = new int[hashes];
    for (int h = 0; h < hashes; h++) {
      multipliers[h] = random.nextInt() | 1;
      offsets[h] = random.nextInt();
    }
    var eligible = new ArrayList<Integer>();
    for (int unit = 0; unit < units.size(); unit++) {
      if (votes.votesOf(units.get(unit)[0]) >= settings.minSharedVotes()) {
        eligible.add(unit);
      }
    }
    // Each unit's band keys are its own: computed on every core, in the unit's slots.
    int bands = settings.bands();
    int bandRows = settings.rows();
    var keys = new long[eligible.size() * bands];
    int filled = keys.length;
    IntStream.range(0, eligible.size())
        .parallel()
        .forEach(
            e -> {
              int unit = eligible.get(e);
              int row = units.get(unit)[0];
              var signature = new int[hashes];
              Arrays.fill(signature, Integer.MAX_VALUE);
              var columns = votes.columns()[row];
              var values = votes.values()[row];
              for (int k = 0; k < columns.length; k++) {
                int base = (int) mix(columns[k] * 3L + values[k] + 1 + settings.seed());
                for (int h = 0; h < hashes; h++) {
                  signature[h] = Math.min(signature[h], base * multipliers[h] + offsets[h]);
                }
              }
              for (int band = 0; band < bands; band++) {
                long bandKey = band;
                for (int r = 0; r < bandRows; r++) {
                  bandKey = mix(bandKey * 31 + signature[band * bandRows + r]);
                }
                keys[e * bands + band] = (bandKey & ~((1L << UNIT_BITS) - 1)) | unit;
              }
            });
    Arrays.sort(keys, 0, filled);
    var bucket = new ArrayList<Integer>();
    for (int i = 0; i < filled; ) {
      int j = i;
      long prefix = keys[i] >>> UNIT_BITS;
      bucket.clear();
      while (j < filled && keys[j] >>> UNIT_BITS == prefix) {
        bucket.add((int) (keys[j] & ((1L << UNIT_BITS) - 1)));
        j++;
      }
      pairUp(bucket, pairs);
      i = j;
    }
    // Identity signals: units sharing a burst or an address.
    var byBurst = new HashMap<Integer, Set<Integer>>();
    var byAddress = new HashMap<String, Set<Integer>>();
    for (int row = 0; row < votes.rows(); row++) {
      if (burstOf[row] >= 0) {
        byBurst.computeIfAbsent(burstOf[row], k -> new TreeSet<>()).add(unitOf[row]);
      }
      if (addressOf[row] != null) {
        byAddress.computeIfAbsent(addressOf[row], k -> new TreeSet<>()).add(unitOf[row]);
      }
    }
    byBurst.values().forEach(set -> pairUp(new ArrayList<>(set), pairs));
    byAddress.values().forEach(set -> pairUp(new ArrayList<>(set), pairs));
    // Near-copies, by author.
    var rowOf = rowIndex();
    for (var duplicate : signals.nearDuplicates()) {
      Integer a = rowOf.get(duplicate.author());
      Integer b = rowOf.get(duplicate.otherAuthor());
      if (a != null && b != null && !a.equals(b) && unitOf[a] != unitOf[b]) {
        pairs.merge(key(unitOf[a], unitOf[b]), 1, Integer::sum);
      }
    }
    return pairs;
  }

  private void pairUp(List<Integer> bucket, Map<Long, Integer> pairs) {
    if (bucket.size() < 2 || bucket.size() > settings.maxBucket()) {
      return;
    }
    for (int x = 0; x < bucket.size(); x++) {
      for (int y = x + 1; y < bucket.size(); y++) {
        if (!bucket.get(x).equals(bucket.get(y))) {
          pairs.putIfAbsent(key(bucket.get(x), bucket.get(y)), 0);
        }
      }
    }
  }

  private Map<String, Integer> rowIndex() {
    var index = new HashMap<String, Integer>(votes.rows() * 2);
    for (int row = 0; row < votes.rows(); row++) {
      index.put(votes.participants().get(row), row);
    }
    return index;
  }

  // ------------------------------------------------------------------ groups

  private List<CoordinatedGroup> groups() {
    var rowOf = rowIndex();
    // Near-copies within a unit.
    var nearCopiesWithin = new HashMap<Integer, Integer>();
    for (var duplicate : signals.nearDuplicates()) {
      Integer a = rowOf.get(duplicate.author());
      Integer b = rowOf.get(duplicate.otherAuthor());
      if (a != null && b != null && !a.equals(b) && unitOf[a] == unitOf[b]) {
        nearCopiesWithin.merge(unitOf[a], 1, Integer::sum);
      }
    }
    // A unit of identical voters is linked within when its first two members are.
    var selfPair = new Pair[units.size()];
    for (int unit = 0; unit < units.size(); unit++) {
      var members = units.get(unit);
      if (members.length >= 2) {
        var pair = pair(members[0], members[1], nearCopiesWithin.getOrDefault(unit, 0));
        if (links(pair)) {
          selfPair[unit] = pair;
        }
      }
    }
    // Each candidate pair's evidence is its own: weighed on every core, linked in the candidates'
    // order, as one thread would.
    var candidates = candidates();
    var keys = new long[candidates.size()];
    var nearCopies = new int[candidates.size()];
    int at = 0;
    for (var entry : candidates.entrySet()) {
      keys[at] = entry.getKey();
      nearCopies[at++] = entry.getValue();
    }
    var linked = new Pair[keys.length];
    IntStream.range(0, keys.length)
        .parallel()
        .forEach(
            x -> {
              var pair =
                  pair(
                      units.get(unit(keys[x], 0))[0],
                      units.get(unit(keys[x], 1))[0],
                      nearCopies[x]);
              linked[x] = links(pair) ? pair : null;
            });
    var edges = new HashMap<Integer, Map<Integer, Pair>>();
    for (int x = 0; x < keys.length; x++) {
      if (linked[x] != null) {
        int u = unit(keys[x], 0);
        int v = unit(keys[x], 1);
        edges.computeIfAbsent(u, k -> new HashMap<>()).put(v, linked[x]);
        edges.computeIfAbsent(v, k -> new HashMap<>()).put(u, linked[x]);
      }
    }
    var pool = new TreeSet<Integer>();
    pool.addAll(edges.keySet());
    for (int unit = 0; unit < units.size(); unit++) {
      if (selfPair[unit] != null) {
        pool.add(unit);
      }
    }
    var found = new ArrayList<CoordinatedGroup>();
    split(pool, edges, selfPair, found);
    found.sort(
        Comparator.comparingDouble(CoordinatedGroup::strength)
            .reversed()
            .thenComparing(group -> group.members().getFirst()));
    return found;
  }

  // Connected components of the pool, each peeled to the density wanted; peeled units are examined
  // again.
  private void split(
      Set<Integer> pool,
      Map<Integer, Map<Integer, Pair>> edges,
      Pair[] selfPair,
      List<CoordinatedGroup> found) {
    var seen = new HashSet<Integer>();
    for (int start : pool) {
      if (!seen.add(start)) {
        continue;
      }
      var component = new TreeSet<Integer>();
      var stack = new ArrayList<Integer>();
      stack.add(start);
      component.add(start);
      while (!stack.isEmpty()) {
        int u = stack.removeLast();
        for (int v : edges.getOrDefault(u, Map.of()).keySet()) {
          if (pool.contains(v) && seen.add(v)) {
            component.add(v);
            stack.add(v);
          }
        }
      }
      peel(component, edges, selfPair, found);
    }
  }

  private void peel(
      TreeSet<Integer> component,
      Map<Integer, Map<Integer, Pair>> edges,
      Pair[] selfPair,
      List<CoordinatedGroup> found) {
    var degree = new HashMap<Integer, Long>();
    long size = 0;
    for (int u : component) {
      size += units.get(u).length;
    }
    for (int u : component) {
      long d = selfPair[u] != null ? units.get(u).length - 1 : 0;
      for (var entry : edges.getOrDefault(u, Map.of()).entrySet()) {
        if (component.contains(entry.getKey())) {
          d += units.get(entry.getKey()).length;
        }
      }
      degree.put(u, d);
    }
    var removed = new TreeSet<Integer>();
    var order =
        new TreeSet<Integer>(
            Comparator.<Integer>comparingLong(degree::get).thenComparingInt(u -> u));
    order.addAll(component);
    while (!order.isEmpty()) {
      int weakest = order.first();
      if (degree.get(weakest) >= settings.density() * (size - 1) && size >= 2) {
        break;
      }
      order.pollFirst();
      component.remove(weakest);
      removed.add(weakest);
      size -= units.get(weakest).length;
      for (var entry : edges.getOrDefault(weakest, Map.of()).entrySet()) {
        int v = entry.getKey();
        if (component.contains(v)) {
          order.remove(v);
          degree.put(v, degree.get(v) - units.get(weakest).length);
          order.add(v);
        }
      }
    }
    if (!component.isEmpty()) {
      // Peeling can disconnect what is left: keep the pieces apart.
      var pieces = new ArrayList<TreeSet<Integer>>();
      var seen = new HashSet<Integer>();
      for (int start : component) {
        if (!seen.add(start)) {
          continue;
        }
        var piece = new TreeSet<Integer>();
        var stack = new ArrayList<Integer>();
        stack.add(start);
        piece.add(start);
        while (!stack.isEmpty()) {
          int u = stack.removeLast();
          for (int v : edges.getOrDefault(u, Map.of()).keySet()) {
            if (component.contains(v) && seen.add(v)) {
              piece.add(v);
              stack.add(v);
            }
          }
        }
        pieces.add(piece);
      }
      if (pieces.size() == 1) {
        emit(component, edges, selfPair, found);
      } else {
        for (var piece : pieces) {
          peel(piece, edges, selfPair, found);
        }
      }
    }
    if (!removed.isEmpty() && removed.size() < component.size() + removed.size()) {
      split(removed, edges, selfPair, found);
    } else if (!removed.isEmpty() && component.isEmpty()) {
      // Nothing held together: the weakest unit alone may still be a linked class of identical
      // voters.
      for (int u : removed) {
        if (selfPair[u] != null) {
          emit(new TreeSet<>(Set.of(u)), edges, selfPair, found);
        }
      }
    }
  }

  private void emit(
      Set<Integer> group,
      Map<Integer, Map<Integer, Pair>> edges,
      Pair[] selfPair,
      List<CoordinatedGroup> found) {
    long k = 0;
    for (int u : group) {
      k += units.get(u).length;
    }
    if (k < 2) {
      return;
    }
    double linkedPairs = 0;
    double bits = 0;
    double voteBits = 0;
    double voteLinked = 0;
    double shared = 0;
    double same = 0;
    double lockstepBits = 0;
    double lockstepLinked = 0;
    for (int u : group) {
      long a = units.get(u).length;
      if (selfPair[u] != null) {
        double pairs = a * (a - 1) / 2.0;
        var pair = selfPair[u];
        linkedPairs += pairs;
        bits += pairs * pair.total();
        if (pair.voteBits() > 0) {
          voteLinked += pairs;
          voteBits += pairs * pair.voteBits();
          shared += pairs * pair.shared();
          same += pairs * pair.same();
        }
        if (pair.lockstepBits() > 0) {
          lockstepLinked += pairs;
          lockstepBits += pairs * pair.lockstepBits();
        }
      }
      for (var entry : edges.getOrDefault(u, Map.of()).entrySet()) {
        int v = entry.getKey();
        if (v > u && group.contains(v)) {
          double pairs = (double) a * units.get(v).length;
          var pair = entry.getValue();
          linkedPairs += pairs;
          bits += pairs * pair.total();
          if (pair.voteBits() > 0) {
            voteLinked += pairs;
            voteBits += pairs * pair.voteBits();
            shared += pairs * pair.shared();
            same += pairs * pair.same();
          }
          if (pair.lockstepBits() > 0) {
            lockstepLinked += pairs;
            lockstepBits += pairs * pair.lockstepBits();
          }
        }
      }
    }
    double density = linkedPairs / (k * (k - 1) / 2.0);
    double meanBits = linkedPairs == 0 ? 0 : bits / linkedPairs;
    double strength =
        Math.min(1, density)
            * (1 - Math.exp(-(k - 1) * meanBits / settings.evidenceScale()))
            * (1 - Math.exp(-(k - 1) / settings.sizeScale()));
    if (strength < settings.report()) {
      return;
    }
    var rows = new ArrayList<Integer>();
    for (int u : group) {
      for (int row : units.get(u)) {
        rows.add(row);
      }
    }
    var members = rows.stream().map(votes.participants()::get).sorted().toList();
    var evidence = new ArrayList<Evidence>();
    if (voteLinked > 0) {
      evidence.add(
          new Evidence(
              Evidence.Kind.VOTES,
              rows.size(),
              same / shared,
              voteBits / voteLinked,
              String.format(
                  java.util.Locale.ROOT,
                  "near-identical votes: %.0f %% the same over %.0f shared statements on average",
                  100 * same / shared,
                  shared / voteLinked)));
    }
    if (lockstepLinked > 0) {
      evidence.add(
          new Evidence(
              Evidence.Kind.LOCKSTEP,
              rows.size(),
              lockstepLinked / linkedPairs,
              lockstepBits / lockstepLinked,
              String.format(
                  java.util.Locale.ROOT,
                  "voted the same statements in the same order at a steady lag (%.0f %% of the linked pairs)",
                  100 * lockstepLinked / linkedPairs)));
    }
    identityEvidence(rows, evidence);
    evidence.sort(
        Comparator.comparingDouble(Evidence::bits).reversed().thenComparing(Evidence::kind));
    found.add(
        new CoordinatedGroup(members, strength, strength >= settings.strong(), evidence, null));
  }

  private void identityEvidence(List<Integer> rows, List<Evidence> evidence) {
    var byBurst = new HashMap<Integer, List<Integer>>();
    var byAddress = new HashMap<String, Integer>();
    for (int row : rows) {
      if (burstOf[row] >= 0) {
        byBurst.computeIfAbsent(burstOf[row], k -> new ArrayList<>()).add(row);
      }
      if (addressOf[row] != null) {
        byAddress.merge(addressOf[row], 1, Integer::sum);
      }
    }
    byBurst.values().stream()
        .max(Comparator.comparingInt(List::size))
        .filter(list -> list.size() >= 2)
        .ifPresent(
            list -> {
              long first = Long.MAX_VALUE;
              long last = Long.MIN_VALUE;
              for (int row : list) {
                long t = signals.signedUpAt().get(votes.participants().get(row)).toEpochMilli();
                first = Math.min(first, t);
                last = Math.max(last, t);
              }
              double seconds = (last - first) / 1000.0;
              evidence.add(
                  new Evidence(
                      Evidence.Kind.SIGN_UP_BURST,
                      list.size(),
                      seconds,
                      settings.burstBits(),
                      String.format(
                          java.util.Locale.ROOT,
                          "%d accounts created within %.0f s, in a burst of sign-ups",
                          list.size(),
                          seconds)));
            });
    byAddress.values().stream()
        .max(Integer::compare)
        .filter(count -> count >= 2)
        .ifPresent(
            count ->
                evidence.add(
                    new Evidence(
                        Evidence.Kind.SHARED_ADDRESS,
                        count,
                        count,
                        settings.addressBits(),
                        count + " accounts created from one address")));
    var members = new BitSet();
    rows.forEach(members::set);
    var rowOf = rowIndex();
    int copies = 0;
    var authors = new HashSet<Integer>();
    for (var duplicate : signals.nearDuplicates()) {
      Integer a = rowOf.get(duplicate.author());
      Integer b = rowOf.get(duplicate.otherAuthor());
      if (a != null && b != null && members.get(a) && members.get(b) && !a.equals(b)) {
        copies++;
        authors.add(a);
        authors.add(b);
      }
    }
    if (copies > 0) {
      evidence.add(
          new Evidence(
              Evidence.Kind.NEAR_COPIES,
              authors.size(),
              copies,
              settings.nearCopyBits(),
              copies + " pairs of near-copy statements between " + authors.size() + " accounts"));
    }
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
