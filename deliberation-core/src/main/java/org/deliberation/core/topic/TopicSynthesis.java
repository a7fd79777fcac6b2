package org.deliberation.core.topic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    return new Index(synthesis).summary(topic);
  }

  /** The summaries of several topics of one synthesis: it is read once, then each topic costs its own size. */
  public static List<TopicSummary> of(List<Topic> topics, Synthesis synthesis) {
    var index = new Index(synthesis);
    return topics.stream().map(index::summary).toList();
  }

  /** A synthesis read once: each statement's votes, and its place in each ranked list. */
  private static final class Index {

    private final Map<String, StatementScore> scores = new HashMap<>();
    private final Map<String, Integer> consensusRank = new HashMap<>();
    private final Map<String, Integer> dissentRank = new HashMap<>();
    private final Set<String> common = new HashSet<>();
    private final Synthesis.Ranked ranked;

    Index(Synthesis synthesis) {
      ranked = synthesis.ranked();
      synthesis.statements().forEach(score -> scores.put(score.statement(), score));
      for (int i = 0; i < ranked.consensus().size(); i++) {
        consensusRank.putIfAbsent(ranked.consensus().get(i).statement(), i);
      }
      for (int i = 0; i < ranked.dissent().size(); i++) {
        dissentRank.putIfAbsent(ranked.dissent().get(i).statement(), i);
      }
      common.addAll(consensusRank.keySet());
      ranked.sharedDisagreement().forEach(score -> common.add(score.statement()));
    }

    TopicSummary summary(Topic topic) {
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
      return new TopicSummary(
          topic,
          restricted(topic, consensusRank, ranked.consensus()),
          restricted(topic, dissentRank, ranked.dissent()),
          agreement(voted, common, dissentRank.keySet()),
          representative);
    }

    /** A ranked list restricted to the topic: its order and scores, at most {@link #LIST} statements. */
    private static List<StatementScore> restricted(
        Topic topic, Map<String, Integer> rank, List<StatementScore> list) {
      return topic.statements().stream()
          .filter(rank::containsKey)
          .distinct()
          .map(rank::get)
          .sorted()
          .limit(LIST)
          .map(list::get)
          .toList();
    }
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
