package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deliberation.web.deliberation.live.Events.at;

import org.deliberation.core.project.Stage;
import org.junit.jupiter.api.Test;

class StageTimelineTest {

  private final StageTimeline timeline = new StageTimeline();

  @Test
  void aProjectIsInDraftFromItsCreationAndMovesOnAtEachChange() {
    assertThat(timeline.now()).isEqualTo(Stage.DRAFT);
    assertThat(timeline.start()).isEmpty();

    timeline.created(at(0));
    timeline.created(at(5)); // a replayed creation does not move the start
    timeline.changed(Stage.DELIBERATION, at(10));
    timeline.changed(Stage.SYNTHESIS, at(20));

    assertThat(timeline.now()).isEqualTo(Stage.SYNTHESIS);
    assertThat(timeline.start()).contains(at(0));
    assertThat(timeline.at(at(9))).isEqualTo(Stage.DRAFT);
    assertThat(timeline.at(at(10))).isEqualTo(Stage.DELIBERATION);
    assertThat(timeline.at(at(30))).isEqualTo(Stage.SYNTHESIS);
    assertThat(timeline.reached(Stage.DELIBERATION)).isTrue();
    assertThat(timeline.reached(Stage.DECIDED)).isFalse();
  }

  @Test
  void aStageEndsJustBeforeTheNextOneStartsAndNotWhileTheProjectIsInIt() {
    timeline.created(at(0));
    timeline.changed(Stage.DELIBERATION, at(10));

    assertThat(timeline.endOf(Stage.DRAFT)).contains(at(10).minusNanos(1));
    assertThat(timeline.endOf(Stage.DELIBERATION)).isEmpty();
    assertThatThrownBy(() -> timeline.endOf(Stage.DECIDED))
        .isInstanceOf(IllegalStateException.class);
  }
}
