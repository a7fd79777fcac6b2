package org.deliberation.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.deliberation.core.synthesis.VoteHistory;
import org.deliberation.core.synthesis.VoteMatrix;
import org.junit.jupiter.api.Test;

class CoordinationDetectorTest {

  private static final long DAY = 86_400_000L;

  /**
   * 80 honest participants in two camps over 40 statements, each voting on 25 of them at random times with one vote
   * in eight against their camp, then whatever {@code more} adds.
   */
  private static VoteHistory honest(long seed, Consumer<VoteHistory> more) {
    var random = new Random(seed);
    var history = new VoteHistory();
    var rows = new ArrayList<long[]>(); // time, participant, statement, vote
    for (int p = 0; p < 80; p++) {
      long t = random.nextInt(30) * DAY + random.nextInt(1_000_000);
      var statements = new ArrayList<Integer>();
      for (int s = 0; s < 40; s++) {
        statements.add(s);
      }
      java.util.Collections.shuffle(statements, random);
      for (int i = 0; i < 25; i++) {
        int s = statements.get(i);
        int lean = (s % 2 == 0) == (p % 2 == 0) ? 1 : -1;
        rows.add(new long[] {t, p, s, random.nextInt(8) == 0 ? -lean : lean});
        t += 2_000 + random.nextInt(60_000);
      }
    }
    rows.sort(java.util.Comparator.comparingLong(r -> r[0]));
    for (var r : rows) {
      history.vote("p" + r[1], "s" + r[2], (int) r[3], r[0]);
    }
    more.accept(history);
    history.tick();
    return history;
  }

  private static Map<String, Instant> signUps(VoteMatrix votes) {
    var at = new HashMap<String, Instant>();
    for (int row = 0; row < votes.rows(); row++) {
      long first = Long.MAX_VALUE;
      for (long t : votes.castAt()[row]) {
        first = Math.min(first, t);
      }
      at.put(votes.participants().get(row), Instant.ofEpochMilli(first - 30_000));
    }
    return at;
  }

  private static List<CoordinatedGroup> detect(VoteMatrix votes, ParticipantSignals signals) {
    return CoordinationDetector.detect(votes, signals, IntegritySettings.DEFAULTS);
  }

  @Test
  void findsABrigadeOfIdenticalVotersAsOneStrongGroupAndNobodyElse() {
    var votes =
        honest(
                1,
                history -> {
                  for (int b = 0; b < 12; b++) {
                    for (int s = 0; s < 20; s++) {
                      history.vote(
                          "bot" + b,
                          "s" + s,
                          s % 2 == 0 ? -1 : 1,
                          40 * DAY + 1_000_000L * b + 1_000L * s);
                    }
                  }
                })
            .snapshot();

    var groups = detect(votes, ParticipantSignals.NONE);

    assertThat(groups).hasSize(1);
    var group = groups.getFirst();
    assertThat(group.members()).hasSize(12).allMatch(member -> member.startsWith("bot"));
    assertThat(group.strong()).isTrue();
    assertThat(group.evidence()).extracting(Evidence::kind).contains(Evidence.Kind.VOTES);
    assertThat(detect(votes, ParticipantSignals.NONE)).isEqualTo(groups);
  }

  @Test
  void aPairOfIdenticalVotersIsNeverStrong() {
    var votes =
        honest(
                2,
                history -> {
                  for (int s = 0; s < 40; s++) {
                    history.vote("twin-a", "s" + s, s % 3 == 0 ? -1 : 1, 40 * DAY + 1_000L * s);
                    history.vote("twin-b", "s" + s, s % 3 == 0 ? -1 : 1, 41 * DAY + 1_000L * s);
                  }
                })
            .snapshot();

    var groups = detect(votes, ParticipantSignals.NONE);

    assertThat(groups).hasSize(1);
    assertThat(groups.getFirst().members()).containsExactly("twin-a", "twin-b");
    assertThat(groups.getFirst().strength()).isLessThan(0.4);
    assertThat(groups.getFirst().strong()).isFalse();
  }

  @Test
  void findsAccountsVotingInLockstepThoughTheirVotesDiffer() {
    var random = new Random(3);
    var votes =
        honest(
                3,
                history -> {
                  for (int b = 0; b < 15; b++) {
                    for (int s = 0; s < 30; s++) {
                      // Each casts its own votes, but the script takes every account through the
                      // same statements, in order.
                      history.vote(
                          "bot" + b,
                          "s" + s,
                          random.nextInt(3) - 1,
                          40 * DAY + 20_000L * b + 3_000L * s);
                    }
                  }
                })
            .snapshot();
    var signals = new ParticipantSignals(signUps(votes), Map.of(), List.of());

    var groups = detect(votes, signals);

    assertThat(groups).hasSize(1);
    assertThat(groups.getFirst().members())
        .hasSize(15)
        .allMatch(member -> member.startsWith("bot"));
    assertThat(groups.getFirst().strong()).isTrue();
    assertThat(groups.getFirst().evidence())
        .extracting(Evidence::kind)
        .contains(Evidence.Kind.LOCKSTEP, Evidence.Kind.SIGN_UP_BURST);
  }

  @Test
  void aBurstOfSignUpsFromOneAddressLinksNobodyByItself() {
    var votes = honest(4, history -> {}).snapshot();
    var at = new HashMap<String, Instant>();
    var address = new HashMap<String, String>();
    for (int row = 0; row < votes.rows(); row++) {
      at.put(votes.participants().get(row), Instant.ofEpochMilli(1_000L * row)); // all within 80 s
      address.put(votes.participants().get(row), "school");
    }

    assertThat(
            detect(votes, new ParticipantSignals(at, address, List.of())).stream()
                .filter(CoordinatedGroup::strong))
        .isEmpty();
  }

  @Test
  void nearCopiesOfStatementsAndSimilarVotesLinkAuthors() {
    var votes =
        honest(
                5,
                history -> {
                  for (int s = 0; s < 15; s++) {
                    history.vote("author-a", "s" + s, 1, 40 * DAY + 1_000L * s);
                    history.vote("author-b", "s" + s, s == 0 ? -1 : 1, 45 * DAY + 7_000L * s);
                  }
                })
            .snapshot();
    var copies =
        List.of(
            new ParticipantSignals.NearDuplicate("x1", "author-a", "x2", "author-b"),
            new ParticipantSignals.NearDuplicate("y1", "author-a", "y2", "author-b"));

    var with = detect(votes, new ParticipantSignals(Map.of(), Map.of(), copies));

    assertThat(with)
        .anySatisfy(
            group -> {
              assertThat(group.members()).containsExactly("author-a", "author-b");
              assertThat(group.evidence())
                  .extracting(Evidence::kind)
                  .contains(Evidence.Kind.NEAR_COPIES);
            });
  }

  @Test
  void keepsTwoBrigadesJoinedByOneLinkApart() {
    var votes =
        honest(
                6,
                history -> {
                  for (int b = 0; b < 10; b++) {
                    for (int s = 0; s < 20; s++) {
                      history.vote("red" + b, "s" + s, 1, 40 * DAY + 1_000_000L * b + 1_000L * s);
                      history.vote(
                          "blue" + b, "s" + (s + 20), -1, 50 * DAY + 1_000_000L * b + 1_000L * s);
                    }
                  }
                  // One red account also votes like the blue ones.
                  for (int s = 0; s < 20; s++) {
                    history.vote("red0", "s" + (s + 20), -1, 60 * DAY + 1_000L * s);
                  }
                })
            .snapshot();

    var groups = detect(votes, ParticipantSignals.NONE);

    // red0 votes like both, so it may join either; the others stay with their own.
    var strong = groups.stream().filter(CoordinatedGroup::strong).toList();
    assertThat(strong)
        .hasSize(2)
        .allSatisfy(
            group ->
                assertThat(
                        group.members().stream()
                            .filter(member -> !member.equals("red0"))
                            .map(member -> member.substring(0, 3))
                            .distinct())
                    .hasSize(1));
  }
}
