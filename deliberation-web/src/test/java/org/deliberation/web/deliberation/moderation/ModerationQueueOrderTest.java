package org.deliberation.web.deliberation.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deliberation.web.deliberation.live.FlagEntry;
import org.deliberation.web.deliberation.live.FlaggedStatement;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.deliberation.live.Tally;
import org.junit.jupiter.api.Test;

/** The moderators' queue across projects, ordered by independent reporters as each project orders its own. */
class ModerationQueueOrderTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  private static FlaggedStatement item(String id, boolean hidden, int reports, int independent) {
    var flags = new ArrayList<FlagEntry>();
    for (int i = 0; i < reports; i++) {
      flags.add(new FlagEntry("spam", id + "-reporter" + i, AT));
    }
    var statement =
        new StatementView(
            id,
            "hall",
            "CONTRIBUTION",
            "Text.",
            null,
            List.of(),
            null,
            null,
            "author",
            "Ann",
            AT,
            null,
            hidden,
            List.of(),
            reports,
            new Tally(0, 0, 0),
            List.of(),
            null,
            List.of(),
            "CITIZEN",
            false);
    return new FlaggedStatement(
        statement,
        flags,
        independent,
        independent < reports ? List.of("in one coordinated group") : List.of());
  }

  @Test
  void twentyFlagsFromOneCoordinatedGroupComeAfterThreeIndependentOnesAndHiddenStatementsLast() {
    var burst = item("burst", false, 20, 1);
    var fair = item("fair", false, 3, 3);
    var single = item("single", false, 1, 1);
    var hidden = item("hidden", true, 0, 0);

    var queue = new ArrayList<>(List.of(hidden, single, burst, fair));
    queue.sort(ModerationService::order);

    assertThat(queue)
        .extracting(item -> item.statement().id())
        .as("one coordinated group is one reporter; among equals, more reports first")
        .containsExactly("fair", "burst", "single", "hidden");
  }
}
