package org.deliberation.web.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.topic.Topic;
import org.deliberation.core.topic.TopicGeneration;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.junit.jupiter.api.Test;

/** The generations of one project: in turn only, the one of an instant, the latest whole. */
class ProjectTopicsTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private static TopicsRecorded generation(int number, int minutes) {
    return new TopicsRecorded(
        new ProjectId("hall"),
        number,
        T0.plusSeconds(60L * minutes),
        "digest-" + number,
        number + 1,
        List.of(new Topic("t" + number, "label " + number, List.of("s" + number))));
  }

  private static ProjectTopics.Stamp stamp(int number, int minutes) {
    return new ProjectTopics.Stamp(number, T0.plusSeconds(60L * minutes));
  }

  @Test
  void anInstantShowsTheLastGenerationComputedByThen() {
    var topics = new ProjectTopics();
    assertThat(topics.latest()).isEqualTo(TopicGeneration.NONE);
    topics.record(generation(1, 10));
    topics.record(generation(2, 20));

    assertThat(topics.at(T0.plusSeconds(60 * 5))).isEmpty();
    assertThat(topics.at(T0.plusSeconds(60 * 10))).contains(stamp(1, 10));
    assertThat(topics.at(T0.plusSeconds(60 * 19))).contains(stamp(1, 10));
    assertThat(topics.at(null)).contains(stamp(2, 20));
    assertThat(topics.latestRecorded()).contains(generation(2, 20));
    assertThat(topics.latestStatements()).containsExactly("s2");
    assertThat(topics.latest().generation()).isEqualTo(2);
    assertThat(topics.latest().inputDigest()).isEqualTo("digest-2");
    assertThat(topics.latest().nextNumber()).isEqualTo(3);
  }

  @Test
  void aGenerationReadTwiceOrOutOfTurnIsIgnored() {
    var topics = new ProjectTopics();
    topics.record(generation(2, 5));
    assertThat(topics.latest()).isEqualTo(TopicGeneration.NONE);
    topics.record(generation(1, 10));
    topics.record(generation(1, 11));
    assertThat(topics.at(null)).contains(stamp(1, 10));
    assertThat(topics.latestRecorded()).contains(generation(1, 10));
  }
}
