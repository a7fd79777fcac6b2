package org.deliberation.core.follow;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.command.StartFollowing;
import org.deliberation.core.follow.command.StopFollowing;
import org.deliberation.core.follow.event.FollowStarted;
import org.deliberation.core.follow.event.FollowStopped;
import org.junit.jupiter.api.Test;

class FollowTest {

  private static final ParticipantId PERSON = new ParticipantId("p-1");
  private static final FollowTarget PROJECT = FollowTarget.project("project-1");
  private static final FollowId ID = new FollowId(PERSON, PROJECT);

  private final FixtureConfiguration<Follow> fixture = new AggregateTestFixture<>(Follow.class);

  @Test
  void theFirstRequestCreatesTheFollow() {
    fixture
        .givenNoPriorActivity()
        .when(new StartFollowing(ID, true))
        .expectEvents(new FollowStarted(PERSON, PROJECT, true));
  }

  @Test
  void followingAgainAsBeforeRecordsNothing() {
    fixture
        .given(new FollowStarted(PERSON, PROJECT, true))
        .when(new StartFollowing(ID, true))
        .expectNoEvents();
  }

  @Test
  void changingTheMailChoiceIsRecorded() {
    fixture
        .given(new FollowStarted(PERSON, PROJECT, false))
        .when(new StartFollowing(ID, true))
        .expectEvents(new FollowStarted(PERSON, PROJECT, true));
  }

  @Test
  void stopsOnceAndThenRecordsNothing() {
    fixture
        .given(new FollowStarted(PERSON, PROJECT, false))
        .when(new StopFollowing(ID))
        .expectEvents(new FollowStopped(PERSON, PROJECT));
    fixture
        .given(new FollowStarted(PERSON, PROJECT, false), new FollowStopped(PERSON, PROJECT))
        .when(new StopFollowing(ID))
        .expectNoEvents();
  }

  @Test
  void stoppingWhatWasNeverFollowedRecordsNothing() {
    // Nothing is stored for an aggregate that applied nothing, so the fixture has no state to
    // compare.
    fixture.setReportIllegalStateChange(false);
    fixture.givenNoPriorActivity().when(new StopFollowing(ID)).expectNoEvents();
  }

  @Test
  void followsAgainAfterStopping() {
    fixture
        .given(new FollowStarted(PERSON, PROJECT, true), new FollowStopped(PERSON, PROJECT))
        .when(new StartFollowing(ID, false))
        .expectEvents(new FollowStarted(PERSON, PROJECT, false));
  }

  @Test
  void oneIdentifierPerParticipantAndTarget() {
    assertThat(ID.toString()).isEqualTo("follow:p-1:project:project-1");
    assertThat(new FollowId(PERSON, FollowTarget.petition("project-1")).toString())
        .isNotEqualTo(ID.toString());
  }
}
