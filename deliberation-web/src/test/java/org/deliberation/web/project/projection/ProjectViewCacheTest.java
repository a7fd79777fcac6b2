package org.deliberation.web.project.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.junit.jupiter.api.Test;

/**
 * A project's kept view never lags what this node has seen: neither its own events nor its pages' (whose index, the
 * stored projection's, may run on another node and come later).
 */
class ProjectViewCacheTest {

  private static final ProjectId PROJECT = new ProjectId("p");

  private final ProjectViewCache cache =
      new ProjectViewCache(
          new ReadCaches(null) {
            @Override
            public boolean kept() {
              return true;
            }

            @Override
            public boolean tracking() {
              return true;
            }
          });

  private static ProjectViewCache.Loaded view(long sequence, String stage, int pageRevision) {
    var pages =
        pageRevision == 0
            ? List.<PageEntry>of()
            : List.of(
                new PageEntry("costs", "Costs", pageRevision, Instant.EPOCH, null, null, false));
    return new ProjectViewCache.Loaded(
        new ProjectView(
            "p",
            "p",
            "T",
            "Q?",
            "Town",
            "en",
            stage,
            Instant.EPOCH,
            List.of(),
            pages,
            List.of(),
            Map.of(),
            null,
            null),
        sequence);
  }

  @Test
  void aViewOlderThanAnEventSeenIsNeitherServedNorKept() {
    cache.offer(PROJECT, view(0, "DRAFT", 0), cache.ticket());
    assertThat(cache.get(PROJECT).stage()).isEqualTo("DRAFT");

    var ticket = cache.ticket();
    cache.on(
        new StageChanged(PROJECT, Stage.DRAFT, Stage.DELIBERATION, null, new ParticipantId("o")),
        1);
    assertThat(cache.get(PROJECT)).isNull();
    cache.offer(PROJECT, view(0, "DRAFT", 0), ticket);
    assertThat(cache.get(PROJECT)).isNull();
    cache.offer(PROJECT, view(1, "DELIBERATION", 0), cache.ticket());
    assertThat(cache.get(PROJECT).stage()).isEqualTo("DELIBERATION");
  }

  @Test
  void aViewFromAPageIndexNotYetCaughtUpIsNotKept() {
    cache.offer(PROJECT, view(0, "DRAFT", 1), cache.ticket());
    cache.on(pageEdited(2));
    assertThat(cache.get(PROJECT)).isNull();
    // The stored projection has not applied revision 2 yet.
    cache.offer(PROJECT, view(0, "DRAFT", 1), cache.ticket());
    assertThat(cache.get(PROJECT)).isNull();
    cache.offer(PROJECT, view(0, "DRAFT", 2), cache.ticket());
    assertThat(cache.get(PROJECT).pages().getFirst().revision()).isEqualTo(2);
  }

  @Test
  void aChangeThisNodeMadeIsNeverHiddenByAReadBegunBeforeIt() {
    var ticket = cache.ticket();
    cache.forget(PROJECT);
    cache.offer(PROJECT, view(0, "DRAFT", 0), ticket);
    assertThat(cache.get(PROJECT)).isNull();
  }

  @Test
  void aChangeThisNodeMadeKeepsWhatThePagesEventsToldForTheReadThatFollows() {
    cache.on(pageEdited(1));
    cache.forget(PROJECT);
    // Read at once after the change, from an index that has not applied the new page yet.
    cache.offer(PROJECT, view(0, "DRAFT", 0), cache.ticket());
    assertThat(cache.get(PROJECT)).isNull();
    cache.offer(PROJECT, view(0, "DRAFT", 1), cache.ticket());
    assertThat(cache.get(PROJECT).pages()).hasSize(1);
  }

  @Test
  void aReadBegunBeforeAChangeIsNotKeptEvenOnceTheEventsAreKnown() {
    cache.offer(PROJECT, view(0, "DRAFT", 0), cache.ticket());
    var before = cache.ticket();
    cache.forget(PROJECT);
    cache.offer(PROJECT, view(0, "DRAFT", 0), before);
    assertThat(cache.get(PROJECT)).isNull();
  }

  private static PageEdited pageEdited(int revision) {
    return new PageEdited(
        new PageId(PROJECT, "costs"),
        revision,
        revision - 1,
        "# Costs",
        "",
        new ParticipantId("a"),
        false);
  }
}
