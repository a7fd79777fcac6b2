package org.deliberation.web.polis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

  private static final PolisConversation CONVERSATION =
      new PolisConversation(
          List.of(
              new PolisConversation.Comment(20, "1", "a", 1, "Second"),
              new PolisConversation.Comment(10, "0", "b", 1, "First"),
              new PolisConversation.Comment(10, "2", "a", -1, "Also first, after 0 in the file")),
          List.of(
              new PolisConversation.VoteRow(30, "0", "c", 1),
              new PolisConversation.VoteRow(25, "1", "a", -1)));

  @Test
  void derivesTheSameIdsAndOrderFromTheSameJobAndFiles() {
    var first = ImportPlan.of("job-1", CONVERSATION);
    var again = ImportPlan.of("job-1", CONVERSATION);

    assertThat(again).isEqualTo(first);
    assertThat(first.statement("1"))
        .isEqualTo(again.statement("1"))
        .isNotEqualTo(first.statement("0"));
    assertThat(first.event(ImportPhase.VOTES, 256))
        .isEqualTo(again.event(ImportPhase.VOTES, 256))
        .isNotEqualTo(first.event(ImportPhase.PARTICIPANTS, 256));
    assertThat(first.comments())
        .extracting(PolisConversation.Comment::id)
        .containsExactly("0", "2", "1");
    assertThat(first.votes())
        .extracting(PolisConversation.VoteRow::voter)
        .containsExactly("a", "c");
    assertThat(first.participants().keySet()).containsExactly("a", "b", "c");
  }

  @Test
  void givesAnotherJobOtherIds() {
    var first = ImportPlan.of("job-1", CONVERSATION);
    var other = ImportPlan.of("job-2", CONVERSATION);

    assertThat(other.statement("1")).isNotEqualTo(first.statement("1"));
    assertThat(other.participant("a")).isNotEqualTo(first.participant("a"));
  }

  @Test
  void countsProgressOverThePhasesAndStartsTheNextPhaseWhenOneEnds() {
    var plan = ImportPlan.of("job-1", CONVERSATION);

    assertThat(ImportRun.progressAt(plan, ImportPhase.PARTICIPANTS, 3).phase())
        .isEqualTo("STATEMENTS");
    var midway = ImportRun.progressAt(plan, ImportPhase.STATEMENTS, 2);
    assertThat(midway.done()).isEqualTo(5);
    assertThat(midway.stored())
        .containsExactly(
            java.util.Map.entry("participants", 3L),
            java.util.Map.entry("statements", 2L),
            java.util.Map.entry("votes", 0L));
    var end = ImportRun.progressAt(plan, ImportPhase.VOTES, 2);
    assertThat(end.phase()).isEqualTo("VOTES");
    assertThat(end.done()).isEqualTo(plan.total()).isEqualTo(8);
  }
}
