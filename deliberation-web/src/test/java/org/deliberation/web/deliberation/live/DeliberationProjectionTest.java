package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.web.participant.AuthorNames;
import org.junit.jupiter.api.Test;

/** The projection tells the change gate an event arrived only once the live state shows it. */
class DeliberationProjectionTest {

  private final MutableClock clock = new MutableClock(at(60));
  private final Deliberations deliberations = LiveFixture.deliberations(clock);
  private final List<String> told = new ArrayList<>();
  private final DeliberationProjection projection =
      new DeliberationProjection(
          deliberations,
          mock(AuthorNames.class),
          id ->
              told.add(
                  id
                      + ": "
                      + deliberations.of(Events.PROJECT).stage()
                      + ", s1 "
                      + deliberations
                          .of(Events.PROJECT)
                          .visibility("s1")
                          .map(Enum::name)
                          .orElse("unknown")));

  @Test
  void eachChangeToWhatIsAdmittedIsToldAfterTheLiveStateAppliedIt() {
    projection.on(
        Events.contribution("s1", "Open on Sundays."), new GlobalSequenceTrackingToken(1));
    projection.on(
        new StageChanged(
            new ProjectId(Events.PROJECT),
            Stage.DRAFT,
            Stage.DELIBERATION,
            null,
            new ParticipantId("official")),
        at(1),
        new GlobalSequenceTrackingToken(2),
        "opened");
    projection.on(
        Events.hidden("s1", "insulting"), at(2), new GlobalSequenceTrackingToken(3), "hidden");
    projection.on(
        Events.restored("s1", "rephrased"), at(3), new GlobalSequenceTrackingToken(4), "restored");

    assertThat(told)
        .containsExactly(
            "opened: DELIBERATION, s1 SHOWN",
            "hidden: DELIBERATION, s1 HIDDEN",
            "restored: DELIBERATION, s1 SHOWN");
    assertThat(deliberations.of(Events.PROJECT).position()).isEqualTo(4);
  }
}
