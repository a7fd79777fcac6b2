package org.deliberation.core.statement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.command.CastVote;
import org.deliberation.core.statement.event.VoteCast;
import org.junit.jupiter.api.Test;

class BallotTest {

  private static final ProjectId PROJECT = new ProjectId("hall");
  private static final BallotId BALLOT = new BallotId(new StatementId("s1"), new ParticipantId("p1"));

  private final FixtureConfiguration<Ballot> fixture = new AggregateTestFixture<>(Ballot.class);

  @Test
  void theFirstVoteOpensTheBallot() {
    fixture.givenNoPriorActivity()
        .when(new CastVote(BALLOT, PROJECT, Vote.AGREE))
        .expectEvents(new VoteCast(PROJECT, BALLOT.statement(), BALLOT.participant(), Vote.AGREE));
  }

  @Test
  void aChangedVoteIsRecordedAndTheSameVoteIsNot() {
    fixture.given(new VoteCast(PROJECT, BALLOT.statement(), BALLOT.participant(), Vote.AGREE))
        .when(new CastVote(BALLOT, PROJECT, Vote.DISAGREE))
        .expectEvents(new VoteCast(PROJECT, BALLOT.statement(), BALLOT.participant(), Vote.DISAGREE));
    new AggregateTestFixture<>(Ballot.class)
        .given(new VoteCast(PROJECT, BALLOT.statement(), BALLOT.participant(), Vote.AGREE))
        .when(new CastVote(BALLOT, PROJECT, Vote.AGREE))
        .expectNoEvents();
  }
}
