package org.deliberation.core.integrity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deliberation.core.integrity.AttackSimulator.Attack;
import org.deliberation.core.integrity.AttackSimulator.Conversation;
import org.deliberation.core.integrity.AttackSimulator.Copy;
import org.deliberation.core.integrity.AttackSimulator.Timing;
import org.deliberation.core.synthesis.PolisData;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@code docs/synthesis.md} for issue 15: every attack of {@link AttackSimulator} with 10, 25, 50 and
 * 100 pseudonyms on every conversation of the open data, and the honest conversations with and without the
 * defences. A report, not a test (its name keeps it out of the default run); the assertions are in
 * {@link RobustnessConformanceTest}. Run it with
 * {@code mvn -B -q -pl deliberation-core verify -Dtest=AttackFigures -Dsurefire.failIfNoSpecifiedTests=false} and
 * read {@code target/surefire-reports/*AttackFigures-output.txt}.
 */
class AttackFigures {

  private static final List<Integer> SIZES = List.of(10, 25, 50, 100);

  private final IntegrityCheck check = IntegrityCheck.defaults();

  @Test
  void honestConversations() {
    System.out.println(
        "| conversation | consensus (Pol.is rule) | consensus (defended) | overlap | dissent overlap "
            + "| groups reported | strong | strongest |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (var name : PolisData.CONVERSATIONS) {
      var conversation = Conversation.load(name);
      var result = check.compute(conversation.matrix(), conversation.signals(), Set.of());
      var polis = PolisRule.consensus(result.synthesis());
      var defended = AttackSimulator.ids(result.synthesis().consensus());
      var dissentPolis = PolisRule.dissent(result.synthesis());
      var dissentDefended = AttackSimulator.ids(result.synthesis().dissent());
      double strongest =
          result.report().groups().stream().mapToDouble(CoordinatedGroup::strength).max().orElse(0);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %.0f %% | %.0f %% | %d | %d | %.2f |%n",
          name,
          polis.size(),
          defended.size(),
          100 * RobustnessConformanceTest.overlap(polis, defended),
          100 * RobustnessConformanceTest.overlap(dissentPolis, dissentDefended),
          result.report().groups().size(),
          result.report().strong().size(),
          strongest);
    }
  }

  @Test
  void attacks() {
    System.out.println(
        "| conversation | attack | timing | pseudonyms | moved (Pol.is rule) | moved (defended) "
            + "| targets in (Pol.is rule) | targets in (defended) | recall | strong recall | honest in their groups |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (var name : PolisData.CONVERSATIONS) {
      var conversation = Conversation.load(name);
      var clean = check.compute(conversation.matrix(), conversation.signals(), Set.of());
      var cleanPolis = PolisRule.consensus(clean.synthesis());
      var cleanDefended = AttackSimulator.ids(clean.synthesis().consensus());
      var dissent = AttackSimulator.ids(clean.synthesis().dissent());
      var minority = AttackSimulator.minority(clean.synthesis());
      var matrix = conversation.matrix();
      var copied = AttackSimulator.firstStatements(matrix, 30);
      var targets =
          AttackSimulator.minorityRejects(clean.synthesis(), minority, new HashSet<>(copied), 10);
      for (var timing : Timing.values()) {
        for (int size : SIZES) {
          var attacks = new ArrayList<Attack>();
          var labels = new ArrayList<String>();
          attacks.add(
              AttackSimulator.brigade(conversation, size, dissent, cleanDefended, timing, size));
          labels.add("brigade");
          for (var copy : Copy.values()) {
            attacks.add(
                AttackSimulator.twoPhase(
                    conversation,
                    size,
                    copied,
                    AttackSimulator.votesOf(matrix, minority),
                    targets,
                    copy,
                    timing,
                    size));
            labels.add(
                copy == Copy.GROUP_VOTE ? "two-phase (group vote)" : "two-phase (one member each)");
          }
          for (int a = 0; a < attacks.size(); a++) {
            var attack = attacks.get(a);
            var result = check.compute(attack.matrix(), attack.signals(), Set.of());
            var polis = PolisRule.consensus(result.synthesis());
            var defended = AttackSimulator.ids(result.synthesis().consensus());
            boolean brigade = a == 0;
            var figures = RobustnessConformanceTest.detection(result.report(), attack.pseudonyms());
            System.out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %d | %s | %s | %s | %s | %.2f | %.2f | %d |%n",
                name,
                labels.get(a),
                timing.name().toLowerCase(java.util.Locale.ROOT),
                size,
                brigade ? String.valueOf(RobustnessConformanceTest.moved(cleanPolis, polis)) : "",
                brigade
                    ? String.valueOf(RobustnessConformanceTest.moved(cleanDefended, defended))
                    : "",
                brigade
                    ? ""
                    : RobustnessConformanceTest.entered(targets, polis) + " / " + targets.size(),
                brigade
                    ? ""
                    : RobustnessConformanceTest.entered(targets, defended) + " / " + targets.size(),
                figures.recall(),
                figures.strongRecall(),
                figures.honestInGroups());
          }
        }
      }
    }
  }
}
