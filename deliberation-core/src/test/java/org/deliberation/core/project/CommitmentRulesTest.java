package org.deliberation.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deliberation.core.project.ProjectRulesTest.CITIZEN;
import static org.deliberation.core.project.ProjectRulesTest.OFFICIAL;
import static org.deliberation.core.project.ProjectRulesTest.PROJECT;

import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.project.command.RecordCommitment;
import org.deliberation.core.project.event.CommitmentRecorded;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.StageChanged;
import org.junit.jupiter.api.Test;

/** The authority's answers to the points: who gives them, when, and what a reason must be. */
class CommitmentRulesTest {

  static final StatementId POINT = new StatementId("s1");
  static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
  static final Actor ADMIN = new Actor(new ParticipantId("admin"), Set.of(Role.ADMIN));

  private static RecordCommitment answer(Actor by, String reason) {
    return new RecordCommitment(PROJECT, POINT, Decision.TAKEN_UP, reason, by, AT);
  }

  @Test
  void anOfficialAnswersAPointInSynthesisOrDecidedWithItsReasonCleaned() {
    for (var stage : new Stage[] {Stage.SYNTHESIS, Stage.DECIDED}) {
      assertThat(
              CommitmentRules.record(
                  new ProjectState(true, stage), answer(OFFICIAL, "  In the 2027 budget\u200B. ")))
          .containsExactly(
              new CommitmentRecorded(
                  PROJECT, POINT, Decision.TAKEN_UP, "In the 2027 budget.", OFFICIAL.id(), AT));
    }
  }

  @Test
  void beforeTheSynthesisThePointsAreNotAnsweredYet() {
    for (var stage : new Stage[] {Stage.DRAFT, Stage.DELIBERATION}) {
      assertThatThrownBy(
              () -> CommitmentRules.record(new ProjectState(true, stage), answer(OFFICIAL, "ok")))
          .isInstanceOf(CommitmentStageException.class)
          .hasMessageContaining(stage.name());
    }
  }

  @Test
  void onlyOfficialsAnswerNotCitizensNorAdminsWhoAreNotOfficials() {
    var synthesis = new ProjectState(true, Stage.SYNTHESIS);
    for (var by : new Actor[] {CITIZEN, ADMIN}) {
      assertThatThrownBy(() -> CommitmentRules.record(synthesis, answer(by, "ok")))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("officials");
    }
  }

  @Test
  void aReasonIsRequiredAndBounded() {
    var synthesis = new ProjectState(true, Stage.SYNTHESIS);
    assertThatThrownBy(() -> CommitmentRules.record(synthesis, answer(OFFICIAL, " \u200B\u202E ")))
        .isInstanceOf(CommitmentRefusedException.class)
        .hasMessageContaining("reason");
    var tooLong = "a".repeat(CommitmentRules.MAX_REASON + 1);
    assertThatThrownBy(() -> CommitmentRules.record(synthesis, answer(OFFICIAL, tooLong)))
        .isInstanceOf(CommitmentRefusedException.class)
        .hasMessageContaining(String.valueOf(CommitmentRules.MAX_REASON));
    assertThat(
            CommitmentRules.record(
                synthesis, answer(OFFICIAL, "a".repeat(CommitmentRules.MAX_REASON))))
        .hasSize(1);
  }

  @Test
  void theAggregateKeepsEveryRevisionOfAnAnswer() {
    var first =
        new CommitmentRecorded(PROJECT, POINT, Decision.DEFERRED, "Later", OFFICIAL.id(), AT);
    new AggregateTestFixture<>(Project.class)
        .given(
            new ProjectCreated(
                PROJECT, "hall", "Hall", "Build?", "Council", Language.en, OFFICIAL.id()),
            new StageChanged(PROJECT, Stage.DRAFT, Stage.DELIBERATION, null, OFFICIAL.id()),
            new StageChanged(PROJECT, Stage.DELIBERATION, Stage.SYNTHESIS, null, OFFICIAL.id()),
            first)
        .when(new RecordCommitment(PROJECT, POINT, Decision.REJECTED, "Too costly", OFFICIAL, AT))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new CommitmentRecorded(
                PROJECT, POINT, Decision.REJECTED, "Too costly", OFFICIAL.id(), AT));
  }
}
