package org.deliberation.web.benchmark;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Votes shaped like a conversation, for benchmarks: three camps of unequal size (half, three tenths, a fifth), each
 * leaning for or against every statement; each participant votes on {@code votesEach} statements chosen at random
 * (sparse, as in Pol.is data), with their camp's leaning 72 % of the time, against it 18 %, passing 10 %. Seeded: the
 * same arguments give the same votes.
 */
final class SyntheticConversation {

  /** Receives the votes in order: participant by participant. */
  interface Votes {

    void vote(int participant, int statement, int vote);

    /** Called after each participant's last vote. */
    default void participantDone(int participant) {}
  }

  static void generate(int participants, int statements, int votesEach, long seed, Votes votes) {
    generate(participants, statements, random -> votesEach, seed, votes);
  }

  /**
   * The same with each participant's number of votes drawn from {@code votesOf} (from the generator's random source),
   * capped at the number of statements: e.g. a real conversation's counts, scaled.
   */
  static void generate(
      int participants,
      int statements,
      java.util.function.ToIntFunction<SplittableRandom> votesOf,
      long seed,
      Votes votes) {
    var random = new SplittableRandom(seed);
    var leaning = new int[3][statements];
    for (var camp : leaning) {
      for (int s = 0; s < statements; s++) {
        camp[s] = random.nextBoolean() ? 1 : -1;
      }
    }
    var order = new int[statements];
    Arrays.setAll(order, s -> s);
    for (int p = 0; p < participants; p++) {
      int camp = p % 10 < 5 ? 0 : p % 10 < 8 ? 1 : 2;
      int votesEach = Math.max(1, Math.min(statements, votesOf.applyAsInt(random)));
      // A partial Fisher-Yates shuffle picks this participant's statements.
      for (int i = 0; i < votesEach; i++) {
        int j = i + random.nextInt(statements - i);
        int chosen = order[j];
        order[j] = order[i];
        order[i] = chosen;
        double draw = random.nextDouble();
        votes.vote(
            p,
            chosen,
            draw < 0.1 ? 0 : draw < 0.82 ? leaning[camp][chosen] : -leaning[camp][chosen]);
      }
      votes.participantDone(p);
    }
  }

  private SyntheticConversation() {}
}
