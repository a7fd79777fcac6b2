package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.deliberation.web.deliberation.live.Events.flagged;
import static org.deliberation.web.deliberation.live.Events.hidden;
import static org.deliberation.web.deliberation.live.Events.restored;

import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.junit.jupiter.api.Test;

class ModerationTrailTest {

  @Test
  void decisionsAreKeptInOrderAndTheLastOneSaysWhetherTheStatementIsHidden() {
    var trail = new ModerationTrail();
    assertThat(trail.hidden()).isFalse();

    trail.apply(hidden("s1", "insulting"), at(10));
    assertThat(trail.hidden()).isTrue();
    trail.apply(restored("s1", "rephrased"), at(20));

    assertThat(trail.hidden()).isFalse();
    assertThat(trail.decisions())
        .containsExactly(
            new ModerationEntry(ModerationAction.HIDE, "insulting", "moderator", at(10)),
            new ModerationEntry(ModerationAction.RESTORE, "rephrased", "moderator", at(20)));
  }

  @Test
  void answersWhetherTheStatementWasHiddenAtAnInstant() {
    var trail = new ModerationTrail();
    trail.apply(hidden("s1", "insulting"), at(10));
    trail.apply(restored("s1", "rephrased"), at(20));

    assertThat(trail.hiddenAt(at(9))).isFalse();
    assertThat(trail.hiddenAt(at(10))).as("from the instant of the decision").isTrue();
    assertThat(trail.hiddenAt(at(19))).isTrue();
    assertThat(trail.hiddenAt(at(20))).isFalse();
  }

  @Test
  void aWithdrawalIsForGoodFromItsInstantAndNotAModeratorsDecision() {
    var trail = new ModerationTrail();
    trail.apply(hidden("s1", "insulting"), at(10));
    trail.apply(
        new StatementWithdrawn(
            new StatementId("s1"), new ProjectId("p"), new ParticipantId("author"), at(15)),
        at(15));
    trail.apply(restored("s1", "on appeal"), at(20));

    assertThat(trail.withdrawn()).isTrue();
    assertThat(trail.hiddenByModerator()).isFalse();
    assertThat(trail.hidden()).as("out of the lists and the synthesis").isTrue();
    assertThat(trail.hiddenAt(at(9))).isFalse();
    assertThat(trail.hiddenAt(at(14))).as("hidden then").isTrue();
    assertThat(trail.hiddenAt(at(25))).as("withdrawn since 15, whatever the restore").isTrue();
    assertThat(trail.decisions()).hasSize(2);
  }

  @Test
  void aParticipantsReportCountsOnceAndOnlyReportsSinceTheLastDecisionAreOpen() {
    var trail = new ModerationTrail();
    trail.apply(flagged("s1", "ann", "rude"), at(1));
    trail.apply(flagged("s1", "ann", "rude, again"), at(2));
    trail.apply(flagged("s1", "bob", "off topic"), at(3));
    assertThat(trail.reports()).isEqualTo(2);
    assertThat(trail.openReports()).extracting(FlagEntry::by).containsExactly("ann", "bob");

    trail.apply(restored("s1", "it is on topic"), at(4));
    trail.apply(flagged("s1", "cy", "still rude"), at(5));

    assertThat(trail.reports()).isEqualTo(3);
    assertThat(trail.openReports()).containsExactly(new FlagEntry("still rude", "cy", at(5)));
  }

  @Test
  void foldsAStatementsOwnEventsAsTheLiveStateFoldsThemOneByOne() {
    var events =
        List.of(
            message(0, Events.contribution("s1", "Open the hall on Sundays."), at(0)),
            message(1, flagged("s1", "ann", "rude"), at(1)),
            message(2, hidden("s1", "insulting"), at(2)));
    var live = new ModerationTrail();
    events.forEach(event -> live.apply(event.getPayload(), event.getTimestamp()));

    var folded = ModerationTrail.of(events);

    assertThat(folded.decisions()).isEqualTo(live.decisions()).hasSize(1);
    assertThat(folded.hidden()).isTrue();
    assertThat(folded.reports()).isEqualTo(1);
    assertThat(folded.openReports()).as("the report came before the decision").isEmpty();
  }

  private static GenericDomainEventMessage<Object> message(
      long sequence, Object payload, java.time.Instant at) {
    return new GenericDomainEventMessage<>(
        "Statement", "s1", sequence, payload, MetaData.emptyInstance(), "event-" + sequence, at);
  }
}
