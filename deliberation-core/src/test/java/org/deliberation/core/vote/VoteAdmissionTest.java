package org.deliberation.core.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.core.vote.Admission.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VoteAdmissionTest {

  static final ProjectId PROJECT = new ProjectId("hall");
  static final StatementId STATEMENT = new StatementId("s1");
  static final ParticipantId MODERATOR = new ParticipantId("moderator");

  @Test
  void aShownStatementTakesVotesDuringDeliberation() {
    assertThat(VoteAdmission.admit(Stage.DELIBERATION, Visibility.SHOWN))
        .isEqualTo(Admission.ADMITTED);
    assertThat(VoteAdmission.admit(Stage.DELIBERATION)).isEqualTo(Admission.ADMITTED);
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "DELIBERATION", mode = EnumSource.Mode.EXCLUDE)
  void noStatementTakesVotesOutsideDeliberationAndTheStageIsTheReasonGiven(Stage stage) {
    for (var visibility : Visibility.values()) {
      var refused = (Admission.Refused) VoteAdmission.admit(stage, visibility);
      assertThat(refused.reason()).isEqualTo(Reason.NOT_DELIBERATING);
      assertThat(refused.message())
          .isEqualTo(
              "Votes are taken while the project is in its DELIBERATION stage; it is "
                  + "in its "
                  + stage
                  + " stage now.");
    }
    assertThat(VoteAdmission.admit(stage)).isEqualTo(VoteAdmission.admit(stage, Visibility.SHOWN));
  }

  @Test
  void aHiddenStatementTakesNoVotesEvenDuringDeliberation() {
    var refused = (Admission.Refused) VoteAdmission.admit(Stage.DELIBERATION, Visibility.HIDDEN);
    assertThat(refused.reason()).isEqualTo(Reason.STATEMENT_HIDDEN);
    assertThat(refused.message())
        .isEqualTo("This statement was hidden by a moderator; it takes no votes.");
  }

  @Test
  void stageChangesAndModerationDecisionsChangeWhatIsAdmittedOtherEventsDoNot() {
    var changes =
        List.of(
            new StageChanged(PROJECT, Stage.DELIBERATION, Stage.SYNTHESIS, null, MODERATOR),
            new StageChanged(PROJECT, Stage.DRAFT, Stage.DELIBERATION, null, MODERATOR),
            new StatementHidden(STATEMENT, PROJECT, "off topic", MODERATOR),
            new StatementRestored(STATEMENT, PROJECT, "on topic after all", MODERATOR));
    for (var change : changes) {
      assertThat(VoteAdmission.changedBy(change)).as("%s", change).contains(PROJECT);
    }
    var others =
        List.<Object>of(
            new StatementFlagged(STATEMENT, PROJECT, "rude", MODERATOR),
            new VoteCast(PROJECT, STATEMENT, MODERATOR, Vote.AGREE, Instant.EPOCH),
            new StatementPosted(
                STATEMENT,
                PROJECT,
                "Build it.",
                StatementKind.CONTRIBUTION,
                null,
                List.of(),
                null,
                null,
                Instant.EPOCH,
                null,
                MODERATOR),
            "not an event");
    for (var other : others) {
      assertThat(VoteAdmission.changedBy(other)).as("%s", other).isEmpty();
    }
  }
}
