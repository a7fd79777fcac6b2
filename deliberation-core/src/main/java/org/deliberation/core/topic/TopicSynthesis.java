package org.deliberation.core.topic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.SynthesisSettings;
import org.jspecify.annotations.Nullable;

/**
 * A topic's consensus, dissent, agreement level and representative statements, from a synthesis.
 *
 * <ul>
 *   <li>Consensus and dissent are the synthesis's own ranked lists ({@link Synthesis#ranked()}: every statement that
 *       meets the list's criterion, with the robust groups and counts) restricted to the topic's statements, in their
 *       order and with their scores, at most {@link #LIST} each: a topic shows only what the whole synthesis claims,
 *       and coordinated accounts move a topic no more than they move the synthesis.
 *   <li>The agreement level is read from the topic's <em>voted</em> statements: those with at least {@code minVotes}
 *       votes and passed on by at most {@code maxPassShare} of their voters (the engine's defaults, 5 and 0.3; the
 *       others are uncertain). A voted statement is <em>common ground</em> when the synthesis ranks it in its
 *       consensus or its shared disagreement (every group mostly agreeing, or every group mostly disagreeing), and
 *       <em>divisive</em> when it ranks it in its dissent (a group mostly agreeing while another mostly disagrees).
 *       With c and d the shares of common ground and divisive statements among the voted ones: <b>high</b> when
 *       c ≥ ½ and d &lt; ¼, <b>low</b> when d ≥ ¼ and d &gt; c, <b>mixed</b> otherwise; null when none is voted.
 *   <li>The representative statements are the topic's first three (the most representative, see {@link Topics}),
 *       with their votes as {@link Synthesis#statements()} counts them; one without votes yet shows zero counts.
 * </ul>
 */
public final class TopicSynthesis {

  /** How many statements represent a topic. */
  public static final int REPRESENTATIVE = 3;

  /** How many statements a topic's consensus and dissent show at most. */
  public static final int LIST = 5;

  private TopicSynthesis() {}

  public static TopicSummary of(Topic topic, Synthesis synthesis) {
    var members = new HashSet<>(topic.statements());
    var ranked = synthesis.ranked();
    var consensus = restricted(ranked.consensus(), members);
    var dissent = restricted(ranked.dissent(), members);
    var scores = new HashMap<String, StatementScore>();
    synthesis.statements().forEach(score -> scores.put(score.statement(), score));
    var representative =
        topic.statements().stream()
            .limit(REPRESENTATIVE)
            .map(id -> scores.getOrDefault(id, new StatementScore(id, 0, 0, 0, 0, List.of())))
            .toList();
    var voted =
        topic.statements().stream()
            .map(scores::get)
            .filter(s -> s != null && voted(s))
            .map(StatementScore::statement)
            .toList();
    var common = new HashSet<String>();
    ranked.consensus().forEach(s -> common.add(s.statement()));
    ranked.sharedDisagreement().forEach(s -> common.add(s.statement()));
    var divisive = new HashSet<String>();
    ranked.dissent().forEach(s -> divisive.add(s.statement()));
    return new TopicSummary(
        topic, consensus, dissent, agreement(voted, common, divisive), representative);
  }

  /** A list of the synthesis restricted to the topic: its order and scores, at most {@link #LIST} statements. */
  private static List<StatementScore> restricted(
      List<StatementScore> ranked, HashSet<String> members) {
    return ranked.stream().filter(s -> members.contains(s.statement())).limit(LIST).toList();
  }

  /** The agreement level of these voted statements (see the class comment). */
  static @Nullable Agreement agreement(
      List<String> voted, Set<String> common, Set<String> divisive) {
    if (voted.isEmpty()) {
      return null;
    }
    double c = (double) voted.stream().filter(common::contains).count() / voted.size();
    double d = (double) voted.stream().filter(divisive::contains).count() / voted.size();
    if (c >= 0.5 && d < 0.25) {
      return Agreement.high;
    }
    if (d >= 0.25 && d > c) {
      return Agreement.low;
    }
    return Agreement.mixed;
  }

  static boolean voted(StatementScore score) {
    var settings = SynthesisSettings.DEFAULTS;
    return score.seen() >= settings.minVotes()
        && (double) score.pass() / score.seen() <= settings.maxPassShare();
  }
}
