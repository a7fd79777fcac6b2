package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A literal transcription of Pol.is's {@code :in-conv} ({@code math/src/polismath/math/conversation.clj},
 * {@code base-conv-update-graph}), kept apart from {@link VoteHistory} so that the two can be compared: one update
 * per batch of votes; after the batch, everyone with {@code n_votes >= min(7, n_cmts)} joins ({@code n_votes} the
 * non-nil cells of the raw matrix, {@code n_cmts} its columns, i.e. statements with at least one vote, moderated or
 * not); then, while fewer than 15 are in, the most active voters not yet in are added, most votes first, until there
 * are 15. Once in, always in.
 *
 * <p>Pol.is breaks ties among equally active voters in the iteration order of a Clojure hash map; here they go by
 * first vote, which {@link #tieOrder} can change.
 */
final class PolisInConversation {

  private final Map<String, Set<String>> voted = new LinkedHashMap<>();
  private final Set<String> columns = new HashSet<>();
  private final Set<String> in = new HashSet<>();
  Comparator<String> tieOrder = null;

  void vote(String participant, String statement) {
    voted.computeIfAbsent(participant, p -> new HashSet<>()).add(statement);
    columns.add(statement);
  }

  /** One Pol.is update at the end of a batch. */
  void update() {
    int threshold = Math.min(7, columns.size());
    voted.forEach(
        (participant, statements) -> {
          if (statements.size() >= threshold) {
            in.add(participant);
          }
        });
    if (in.size() < 15) {
      var order = new ArrayList<>(voted.keySet());
      if (tieOrder != null) {
        order.sort(tieOrder);
      }
      order.removeIf(in::contains);
      order.sort(Comparator.comparingInt((String p) -> voted.get(p).size()).reversed()); // stable
      in.addAll(order.subList(0, Math.min(order.size(), 15 - in.size())));
    }
  }

  Set<String> members() {
    return Set.copyOf(in);
  }

  /** Replays a conversation's votes, one update per batch of votes cast within {@code tickMillis}. */
  static PolisInConversation replay(
      List<PolisData.VoteRow> votes, long tickMillis, Comparator<String> ties) {
    var rule = new PolisInConversation();
    rule.tieOrder = ties;
    long tickEnd = Long.MIN_VALUE;
    boolean pending = false;
    for (var vote : votes) {
      if (vote.timestamp() >= tickEnd) {
        if (pending) {
          rule.update();
        }
        tickEnd = vote.timestamp() + tickMillis;
      }
      rule.vote(vote.voter(), vote.statement());
      pending = true;
    }
    rule.update();
    return rule;
  }
}
