package org.deliberation.core.synthesis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded votes shaped like a conversation, for the equivalence tests: three camps of unequal size leaning for or
 * against each statement (with their camp 72 % of the time, against it 18 %, passing 10 %), and a heavy-tailed number
 * of votes per participant (Pareto-like, from one to every statement), as in the Pol.is exports.
 */
final class SeededConversation {

  static VoteMatrix of(SplittableRandom random, int participants, int statements, int meanVotes) {
    var leaning = new int[3][statements];
    for (var camp : leaning) {
      for (int s = 0; s < statements; s++) {
        camp[s] = random.nextBoolean() ? 1 : -1;
      }
    }
    var order = new int[statements];
    Arrays.setAll(order, s -> s);
    var history = new VoteHistory();
    for (int p = 0; p < participants; p++) {
      int camp = p % 10 < 5 ? 0 : p % 10 < 8 ? 1 : 2;
      // A Pareto draw of shape 2 has mean twice its minimum.
      double pareto = meanVotes / 2.0 / Math.sqrt(1 - random.nextDouble());
      int votes = (int) Math.max(1, Math.min(statements, Math.round(pareto)));
      for (int i = 0; i < votes; i++) {
        int j = i + random.nextInt(statements - i);
        int chosen = order[j];
        order[j] = order[i];
        order[i] = chosen;
        double draw = random.nextDouble();
        int vote = draw < 0.1 ? 0 : draw < 0.82 ? leaning[camp][chosen] : -leaning[camp][chosen];
        history.vote("p" + p, "s" + chosen, vote);
      }
      history.tick();
    }
    return history.snapshot();
  }

  private SeededConversation() {}
}
