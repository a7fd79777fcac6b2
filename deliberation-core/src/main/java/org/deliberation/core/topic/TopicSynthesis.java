package org.deliberation.core.topic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.SynthesisEngine;
import org.deliberation.core.synthesis.SynthesisSettings;
import org.jspecify.annotations.Nullable;

/**
 * A topic's consensus, dissent, agreement level and representative statements, from a synthesis.
 *
 * <ul>
 *   <li>Consensus and dissent are the synthesis's own lists restricted to the topic's statements, in their order and
 *       with their scores: a topic shows only what the whole synthesis claims.
 *   <li>The agreement level is read from the topic's <em>voted</em> statements: those with at least {@code minVotes}
 *       votes and passed on by at most {@code maxPassShare} of their voters (the engine's defaults, 5 and 0.3; the
 *       others are uncertain). A voted statement is <em>common ground</em> when, in every opinion group, the smoothed
 *       share agreeing ({@code (agree + 1) / (seen + 2)}) is above one half, or in every group the share disagreeing
 *       is (a view shared either way); it is <em>divisive</em> when one group mostly agrees while another mostly
 *       disagrees ({@link SynthesisEngine#dissent} above 0.25, the dissent list's threshold). The two are exclusive.
 *       With c and d the shares of common ground and divisive statements among the voted ones: <b>high</b> when
 *       c ≥ ½ and d &lt; ¼, <b>low</b> when d ≥ ¼ and d &gt; c, <b>mixed</b> otherwise; null when none is voted.
 *       Without opinion groups (too few participants), all voters count as one group.
 *   <li>The representative statements are the topic's first three (the most representative, see {@link Topics}),
 *       with their votes as {@link Synthesis#statements()} counts them; one without votes yet shows zero counts.
 * </ul>
 */
public final class TopicSynthesis {

  /** How many statements represent a topic. */
  public static final int REPRESENTATIVE = 3;

  private static final double DIVISIVE = 0.25;

  private TopicSynthesis() {}

  public static TopicSummary of(Topic topic, Synthesis synthesis) {
    var members = new HashSet<>(topic.statements());
    var consensus =
        synthesis.consensus().stream().filter(s -> members.contains(s.statement())).toList();
    var dissent =
        synthesis.dissent().stream().filter(s -> members.contains(s.statement())).toList();
    var scores = new HashMap<String, StatementScore>();
    synthesis.statements().forEach(score -> scores.put(score.statement(), score));
    var representative =
        topic.statements().stream()
            .limit(REPRESENTATIVE)
            .map(id -> scores.getOrDefault(id, new StatementScore(id, 0, 0, 0, 0, List.of())))
            .toList();
    var voted =
        topic.statements().stream().map(scores::get).filter(s -> s != null && voted(s)).toList();
    return new TopicSummary(topic, consensus, dissent, agreement(voted), representative);
  }

  /** The agreement level of these voted statements (see the class comment). */
  static @Nullable Agreement agreement(List<StatementScore> voted) {
    if (voted.isEmpty()) {
      return null;
    }
    long common = voted.stream().filter(s -> everyGroup(s, true) || everyGroup(s, false)).count();
    long divisive = voted.stream().filter(s -> SynthesisEngine.dissent(s) > DIVISIVE).count();
    double c = (double) common / voted.size();
    double d = (double) divisive / voted.size();
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

  private static boolean everyGroup(StatementScore score, boolean agree) {
    var groups =
        score.groups().isEmpty()
            ? List.of(
                new StatementScore.GroupVotes("", score.agree(), score.disagree(), score.pass()))
            : score.groups();
    for (var group : groups) {
      int seen = group.agree() + group.disagree() + group.pass();
      if (((agree ? group.agree() : group.disagree()) + 1.0) / (seen + 2.0) <= 0.5) {
        return false;
      }
    }
    return true;
  }
}
