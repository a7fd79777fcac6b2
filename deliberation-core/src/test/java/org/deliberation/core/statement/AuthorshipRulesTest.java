package org.deliberation.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deliberation.core.statement.StatementRulesTest.OTHER;
import static org.deliberation.core.statement.StatementRulesTest.POSTED;
import static org.deliberation.core.statement.StatementRulesTest.PROJECT;
import static org.deliberation.core.statement.StatementRulesTest.STATEMENT;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.command.EditStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.command.RestoreStatement;
import org.deliberation.core.statement.command.WithdrawStatement;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.vote.Admission;
import org.deliberation.core.vote.Visibility;
import org.deliberation.core.vote.VoteAdmission;
import org.junit.jupiter.api.Test;

/** Who said what: the capacity an author posts in, and an author's edits and withdrawal. */
class AuthorshipRulesTest {

  static final Actor AUTHOR = new Actor(POSTED.author(), Set.of(Role.CITIZEN));
  static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  static final StatementState SHOWN = new StatementState(true, false);

  private static PostStatement post(Set<Role> roles, StatementKind kind, String externalId) {
    return new PostStatement(
        new StatementId("s9"),
        PROJECT,
        "Text",
        kind,
        kind == StatementKind.VIEWPOINT ? Stance.FOR : null,
        List.of(),
        null,
        null,
        AT,
        externalId,
        new Actor(new ParticipantId("p"), roles));
  }

  private static AuthorRole roleOf(PostStatement command) {
    return ((StatementPosted) StatementRules.post(command).getFirst()).role();
  }

  @Test
  void theAuthorsCapacityIsTakenFromTheirRolesWhenTheyPost() {
    assertThat(roleOf(post(Set.of(Role.CITIZEN), StatementKind.CONTRIBUTION, null)))
        .isEqualTo(AuthorRole.CITIZEN);
    assertThat(roleOf(post(Set.of(Role.CITIZEN, Role.EXPERT), StatementKind.CONTRIBUTION, null)))
        .isEqualTo(AuthorRole.EXPERT);
    assertThat(roleOf(post(Set.of(Role.EXPERT, Role.OFFICIAL), StatementKind.VIEWPOINT, null)))
        .isEqualTo(AuthorRole.AUTHORITY);
    // An import is sent by an admin or official, but its authors are the conversation's citizens.
    assertThat(roleOf(post(Set.of(Role.OFFICIAL), StatementKind.CONTRIBUTION, "polis-1")))
        .isEqualTo(AuthorRole.CITIZEN);
  }

  @Test
  void aStatementStoredBeforeTheCapacityWasRecordedReadsItFromItsKind() {
    assertThat(POSTED.authorRole()).isNull();
    assertThat(POSTED.role()).isEqualTo(AuthorRole.CITIZEN);
    assertThat(AuthorRole.orDefault(null, StatementKind.VIEWPOINT)).isEqualTo(AuthorRole.EXPERT);
  }

  @Test
  void theAuthorEditsUntilTheFirstVote() {
    assertThat(
            StatementRules.edit(
                SHOWN,
                POSTED,
                new EditStatement(STATEMENT, " Near the park\u200B ", 0, AUTHOR, AT)))
        .containsExactly(new StatementEdited(STATEMENT, PROJECT, "Near the park", AUTHOR.id(), AT));
    assertThatThrownBy(
            () ->
                StatementRules.edit(
                    SHOWN, POSTED, new EditStatement(STATEMENT, "Other", 1, AUTHOR, AT)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("1 vote");
  }

  @Test
  void nobodyButTheAuthorEditsOrWithdraws() {
    assertThatThrownBy(
            () ->
                StatementRules.edit(
                    SHOWN, POSTED, new EditStatement(STATEMENT, "Other", 0, OTHER, AT)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () ->
                StatementRules.withdraw(SHOWN, POSTED, new WithdrawStatement(STATEMENT, OTHER, AT)))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void anEmptyTextAHiddenOrAWithdrawnStatementIsNotEdited() {
    assertThatThrownBy(
            () ->
                StatementRules.edit(
                    SHOWN, POSTED, new EditStatement(STATEMENT, " \u200B ", 0, AUTHOR, AT)))
        .isInstanceOf(StatementRefusedException.class);
    var hidden = SHOWN.evolve(new StatementHidden(STATEMENT, PROJECT, "insult", OTHER.id()));
    assertThatThrownBy(
            () ->
                StatementRules.edit(
                    hidden, POSTED, new EditStatement(STATEMENT, "Other", 0, AUTHOR, AT)))
        .isInstanceOf(ConflictException.class);
    var withdrawn = SHOWN.evolve(new StatementWithdrawn(STATEMENT, PROJECT, AUTHOR.id(), AT));
    assertThatThrownBy(
            () ->
                StatementRules.edit(
                    withdrawn, POSTED, new EditStatement(STATEMENT, "Other", 0, AUTHOR, AT)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void theAuthorWithdrawsAtAnyTimeOnceAndItTakesNoMoreVotes() {
    var hidden = SHOWN.evolve(new StatementHidden(STATEMENT, PROJECT, "insult", OTHER.id()));
    var events =
        StatementRules.withdraw(hidden, POSTED, new WithdrawStatement(STATEMENT, AUTHOR, AT));
    assertThat(events).containsExactly(new StatementWithdrawn(STATEMENT, PROJECT, AUTHOR.id(), AT));
    var withdrawn = hidden.evolve(events.getFirst());
    assertThat(withdrawn.withdrawn()).isTrue();
    assertThatThrownBy(
            () ->
                StatementRules.withdraw(
                    withdrawn, POSTED, new WithdrawStatement(STATEMENT, AUTHOR, AT)))
        .isInstanceOf(ConflictException.class);
    assertThat(VoteAdmission.admit(Stage.DELIBERATION, Visibility.WITHDRAWN))
        .isInstanceOfSatisfying(
            Admission.Refused.class,
            refused ->
                assertThat(refused.reason()).isEqualTo(Admission.Reason.STATEMENT_WITHDRAWN));
    assertThat(VoteAdmission.changedBy(events.getFirst())).contains(PROJECT);
    var moderator = new Actor(new ParticipantId("moderator"), Set.of(Role.MODERATOR));
    assertThatThrownBy(
            () ->
                StatementRules.restore(
                    withdrawn, POSTED, new RestoreStatement(STATEMENT, "on appeal", moderator)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("withdrew");
  }
}
