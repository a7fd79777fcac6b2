package org.deliberation.core.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.deliberation.core.synthesis.OpinionGroup;
import org.deliberation.core.synthesis.PolisData;
import org.deliberation.core.synthesis.PolisData.VoteRow;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.VoteMatrix;

/**
 * Pseudonyms added to a real conversation's vote history (the Pol.is open data), as issue 15 describes its attacks:
 *
 * <ul>
 *   <li><b>Brigade</b>: accounts created in a burst all agree with ten statements in dissent and all disagree with
 *       ten in consensus.
 *   <li><b>Two-phase</b> ("Gaming Consensus"): accounts first copy the votes of the minority group's members on the
 *       conversation's first 30 statements, so as to be clustered with it, then all agree with ten statements that
 *       group disagrees with and the others agree with.
 * </ul>
 *
 * Each attack comes in two timings: {@link Timing#SCRIPTED}, a script creating the accounts in a burst and voting the
 * same statements in the same order at a steady pace, and {@link Timing#SPREAD}, accounts created over the
 * conversation's lifetime, each voting in its own order at irregular intervals, so that only the votes give them
 * away. Seeded: the same arguments give the same attack. The honest participants' sign-up instants, which the open
 * data lacks, are taken as 30 s before their first vote.
 */
final class AttackSimulator {

  /** How the pseudonyms are driven. */
  enum Timing {
    SCRIPTED,
    SPREAD
  }

  /** How the two-phase attack copies the minority in its first phase. */
  enum Copy {
    /** Every account casts the minority's plurality vote on each statement. */
    GROUP_VOTE,
    /** Account k copies the votes of the minority's k-th member (in id order, round robin). */
    ONE_MEMBER_EACH
  }

  /** A real conversation, before any attack. */
  record Conversation(
      String name, List<VoteRow> votes, Set<String> moderatedOut, Map<String, Instant> signUps) {

    static Conversation load(String name) {
      var votes = PolisData.votes(name);
      var signUps = new LinkedHashMap<String, Instant>();
      for (var vote : votes) {
        signUps.putIfAbsent(vote.voter(), Instant.ofEpochMilli(vote.timestamp() - 30_000));
      }
      return new Conversation(name, votes, PolisData.moderatedOut(name), signUps);
    }

    VoteMatrix matrix() {
      return PolisData.replay(votes, moderatedOut).snapshot();
    }

    ParticipantSignals signals() {
      return new ParticipantSignals(signUps, Map.of(), List.of());
    }

    long start() {
      return votes.getFirst().timestamp();
    }

    long end() {
      return votes.getLast().timestamp();
    }
  }

  /** A conversation with pseudonyms in it. */
  record Attack(
      Conversation conversation,
      List<VoteRow> added,
      Map<String, Instant> signUps,
      Set<String> pseudonyms,
      List<String> targets) {

    VoteMatrix matrix() {
      var all = new ArrayList<>(conversation.votes());
      all.addAll(added);
      all.sort(Comparator.comparingLong(VoteRow::timestamp));
      return PolisData.replay(all, conversation.moderatedOut()).snapshot();
    }

    ParticipantSignals signals() {
      var all = new HashMap<>(conversation.signUps());
      all.putAll(signUps);
      return new ParticipantSignals(all, Map.of(), List.of());
    }
  }

  /** The brigade: all agree with {@code agree}, all disagree with {@code disagree}. */
  static Attack brigade(
      Conversation conversation,
      int accounts,
      List<String> agree,
      List<String> disagree,
      Timing timing,
      long seed) {
    var ballot = new ArrayList<Map.Entry<String, Integer>>();
    agree.forEach(statement -> ballot.add(Map.entry(statement, 1)));
    disagree.forEach(statement -> ballot.add(Map.entry(statement, -1)));
    var ballots = new ArrayList<List<Map.Entry<String, Integer>>>();
    for (int k = 0; k < accounts; k++) {
      ballots.add(ballot);
    }
    return drive(conversation, "brigade", ballots, List.of(), timing, seed, List.copyOf(agree));
  }

  /**
   * The two-phase attack: copy the minority on {@code copied}, then agree with {@code targets}.
   *
   * @param minority the minority group's members' votes, by member (in id order), by statement
   */
  static Attack twoPhase(
      Conversation conversation,
      int accounts,
      List<String> copied,
      List<Map<String, Integer>> minority,
      List<String> targets,
      Copy copy,
      Timing timing,
      long seed) {
    var first = new ArrayList<List<Map.Entry<String, Integer>>>();
    for (int k = 0; k < accounts; k++) {
      var phase = new ArrayList<Map.Entry<String, Integer>>();
      for (var statement : copied) {
        Integer vote =
            copy == Copy.GROUP_VOTE
                ? plurality(minority, statement)
                : minority.get(k % minority.size()).get(statement);
        if (vote != null) {
          phase.add(Map.entry(statement, vote));
        }
      }
      first.add(phase);
    }
    var second = new ArrayList<Map.Entry<String, Integer>>();
    targets.forEach(statement -> second.add(Map.entry(statement, 1)));
    return drive(conversation, "twophase", first, second, timing, seed, List.copyOf(targets));
  }

  private static Integer plurality(List<Map<String, Integer>> members, String statement) {
    var count = new int[3];
    boolean any = false;
    for (var member : members) {
      Integer vote = member.get(statement);
      if (vote != null) {
        count[vote + 1]++;
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    return count[2] >= count[0] && count[2] >= count[1] ? 1 : count[0] >= count[1] ? -1 : 0;
  }

  // Casts each account's first ballot, then (a day later) the second one, scripted or spread.
  private static Attack drive(
      Conversation conversation,
      String prefix,
      List<List<Map.Entry<String, Integer>>> first,
      List<Map.Entry<String, Integer>> second,
      Timing timing,
      long seed,
      List<String> targets) {
    var random = new SplittableRandom(seed);
    var added = new ArrayList<VoteRow>();
    var signUps = new LinkedHashMap<String, Instant>();
    var pseudonyms = new HashSet<String>();
    long attackStart = conversation.end() + 86_400_000L;
    long span = conversation.end() - conversation.start();
    for (int k = 0; k < first.size(); k++) {
      var account = prefix + "-" + k;
      pseudonyms.add(account);
      if (timing == Timing.SCRIPTED) {
        // Accounts created every 5 s; each votes 30 s after the previous one started, a vote every
        // 3 s.
        signUps.put(account, Instant.ofEpochMilli(attackStart + k * 5_000L));
        long t = attackStart + 600_000L + k * 30_000L;
        for (var vote : first.get(k)) {
          added.add(new VoteRow(t + random.nextInt(500), vote.getKey(), account, vote.getValue()));
          t += 3_000;
        }
        t = attackStart + 86_400_000L + k * 30_000L;
        for (var vote : second) {
          added.add(new VoteRow(t + random.nextInt(500), vote.getKey(), account, vote.getValue()));
          t += 3_000;
        }
      } else {
        // Accounts created over the conversation's lifetime; each votes in its own order, 5 to 120
        // s apart.
        long created = conversation.start() + (long) (random.nextDouble() * span);
        signUps.put(account, Instant.ofEpochMilli(created));
        long t = attackStart + (long) (random.nextDouble() * 7 * 86_400_000L);
        var ballot = new ArrayList<>(first.get(k));
        shuffle(ballot, random);
        for (var vote : ballot) {
          added.add(new VoteRow(t, vote.getKey(), account, vote.getValue()));
          t += 5_000 + random.nextInt(115_000);
        }
        t += 86_400_000L + (long) (random.nextDouble() * 2 * 86_400_000L);
        var later = new ArrayList<>(second);
        shuffle(later, random);
        for (var vote : later) {
          added.add(new VoteRow(t, vote.getKey(), account, vote.getValue()));
          t += 5_000 + random.nextInt(115_000);
        }
      }
    }
    return new Attack(conversation, added, signUps, pseudonyms, targets);
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      var swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }

  // ------------------------------------------------------------------ choosing what to attack

  static List<String> ids(List<StatementScore> scores) {
    return scores.stream().map(StatementScore::statement).toList();
  }

  /** The smallest opinion group of a synthesis. */
  static OpinionGroup minority(Synthesis synthesis) {
    return synthesis.groups().stream()
        .min(Comparator.comparingInt(OpinionGroup::size).thenComparing(OpinionGroup::label))
        .orElseThrow();
  }

  /** The votes of a group's members, by member in id order, by statement. */
  static List<Map<String, Integer>> votesOf(VoteMatrix votes, OpinionGroup group) {
    var rowOf = new HashMap<String, Integer>();
    for (int row = 0; row < votes.rows(); row++) {
      rowOf.put(votes.participants().get(row), row);
    }
    var out = new ArrayList<Map<String, Integer>>();
    for (var member : group.members().stream().sorted().toList()) {
      int row = rowOf.get(member);
      var map = new HashMap<String, Integer>();
      for (int k = 0; k < votes.columns()[row].length; k++) {
        map.put(votes.statements().get(votes.columns()[row][k]), (int) votes.values()[row][k]);
      }
      out.add(map);
    }
    return out;
  }

  /** The conversation's first {@code n} statements shown (in the order of their first vote). */
  static List<String> firstStatements(VoteMatrix votes, int n) {
    var out = new ArrayList<String>();
    for (int j = 0; j < votes.cols() && out.size() < n; j++) {
      if (!votes.moderatedOut().get(j)) {
        out.add(votes.statements().get(j));
      }
    }
    return out;
  }

  /**
   * Statements the minority disagrees with more than it agrees, those the other groups agree with most first: where
   * agreement from the minority's side would make a consensus.
   */
  static List<String> minorityRejects(
      Synthesis synthesis, OpinionGroup minority, Set<String> excluded, int n) {
    record Candidate(String statement, double others) {}
    var candidates = new ArrayList<Candidate>();
    for (var score : synthesis.statements()) {
      if (excluded.contains(score.statement()) || score.seen() < 5) {
        continue;
      }
      double minorityDisagree = 0;
      double minorityAgree = 1;
      double others = 1;
      for (var group : score.groups()) {
        int seen = group.agree() + group.disagree() + group.pass();
        if (group.group().equals(minority.label())) {
          minorityDisagree = (group.disagree() + 1.0) / (seen + 2.0);
          minorityAgree = (group.agree() + 1.0) / (seen + 2.0);
        } else {
          others = Math.min(others, (group.agree() + 1.0) / (seen + 2.0));
        }
      }
      if (minorityDisagree > minorityAgree) {
        candidates.add(new Candidate(score.statement(), others));
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::others)
            .reversed()
            .thenComparing(Candidate::statement));
    return candidates.stream().limit(n).map(Candidate::statement).toList();
  }

  private AttackSimulator() {}
}
