package org.deliberation.web.platform.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.participant.event.ParticipantErased;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A projection that skips most events by type still starts after them: its snapshot keeps the token alone too. */
class ProjectionSnapshotTest {

  @TempDir Path dir;

  /** Handles erasures only, as the petitions' projection handles none of the votes. */
  static final class Erasures {
    final List<String> erased = new ArrayList<>();

    @EventHandler
    void on(ParticipantErased event) {
      erased.add(event.participantId().value());
    }
  }

  @Test
  void theTokenOfEventsSkippedAfterTheLastOneHandledIsKept() {
    var file = dir.resolve("erasures.snapshot");
    var written = new SnapshotTestSupport(file, List.of());
    var at = Instant.parse("2026-12-03T10:00:00Z");
    written.applied(
        SnapshotTestSupport.tracked(
            1, new ParticipantErased(new ParticipantId("a"), new ParticipantId("admin")), at));
    written.skippedTo(1_000);
    written.write();

    var projection = new Erasures();
    var restored = new SnapshotTestSupport(file, List.of());
    long applied =
        restored.restore(
            SimpleEventHandlerInvoker.builder().eventHandlers(projection).build(),
            new GlobalSequenceTrackingToken(1_000));

    assertThat(applied).isEqualTo(1);
    assertThat(projection.erased).containsExactly("a");
    assertThat(restored.startToken().position()).hasValue(1_000);
  }

  @Test
  void aTokenMovedWithNoEventHandledIsSnapshottedToo() {
    var file = dir.resolve("nothing.snapshot");
    var written = new SnapshotTestSupport(file, List.of());
    written.skippedTo(500);
    written.write();

    var restored = new SnapshotTestSupport(file, List.of());
    long applied =
        restored.restore(
            SimpleEventHandlerInvoker.builder().eventHandlers(new Erasures()).build(),
            new GlobalSequenceTrackingToken(500));

    assertThat(applied).isZero();
    assertThat(restored.startToken().position()).hasValue(500);
  }
}
