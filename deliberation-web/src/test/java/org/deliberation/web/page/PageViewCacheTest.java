package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.readability.Formula;
import org.deliberation.core.readability.Readability;
import org.deliberation.web.project.projection.ReadCaches;
import org.junit.jupiter.api.Test;

/** The rules that keep a cached page from ever going back: revisions only move forward. */
class PageViewCacheTest {

  private static final PageId PAGE = new PageId(new ProjectId("p"), "costs");
  private static final ParticipantId AUTHOR = new ParticipantId("a");

  /** The processor's state, as the test sets it. */
  private static final class Caches extends ReadCaches {
    boolean tracking = true;

    Caches() {
      super(null);
    }

    @Override
    public boolean kept() {
      return tracking;
    }

    @Override
    public boolean tracking() {
      return tracking;
    }
  }

  private final Caches caches = new Caches();
  private final PageViewCache cache = new PageViewCache(caches);

  private static PageView view(int revision) {
    return new PageView(
        "p",
        "costs",
        "Costs",
        revision,
        "text " + revision,
        "<p>text</p>",
        Instant.EPOCH,
        List.of("Ann"),
        new Readability(null, null, null, List.of(), 0, 0, 0, Formula.FLESCH));
  }

  @Test
  void aViewLoadedBeforeAnEditIsNotKeptAfterIt() {
    var ticket = cache.ticket();
    cache.reached(PAGE, 2); // the edit's event arrives while revision 1 was being read
    cache.offer(PAGE, view(1), Set.of(AUTHOR), ticket);
    assertThat(cache.get(PAGE, 0)).isNull();

    cache.offer(PAGE, view(2), Set.of(AUTHOR), cache.ticket());
    assertThat(cache.get(PAGE, 0).revision()).isEqualTo(2);
    // A slower read of revision 1 finishing now does not take it back.
    cache.offer(PAGE, view(1), Set.of(AUTHOR), ticket);
    assertThat(cache.get(PAGE, 0).revision()).isEqualTo(2);
  }

  @Test
  void aReaderWhoKnowsANewerRevisionIsNotAnsweredFromTheCache() {
    cache.offer(PAGE, view(1), Set.of(AUTHOR), cache.ticket());
    assertThat(cache.get(PAGE, 1)).isNotNull();
    assertThat(cache.get(PAGE, 2)).isNull();
  }

  @Test
  void anEditThisNodeAcknowledgedIsNeverHiddenByTheView() {
    cache.offer(PAGE, view(1), Set.of(AUTHOR), cache.ticket());
    cache.reached(PAGE, 2);
    assertThat(cache.get(PAGE, 0)).isNull();
    // The edit's event coming round later changes nothing.
    cache.reached(PAGE, 2);
    cache.offer(PAGE, view(2), Set.of(AUTHOR), cache.ticket());
    assertThat(cache.get(PAGE, 0).revision()).isEqualTo(2);
  }

  @Test
  void anErasureDropsEveryViewAndViewsNamingTheErasedAreNotKept() {
    cache.offer(PAGE, view(1), Set.of(AUTHOR), cache.ticket());
    var before = cache.ticket();
    cache.on(new ParticipantErased(AUTHOR, new ParticipantId("admin")));
    assertThat(cache.get(PAGE, 0)).isNull();
    // Read before the erasure: refused. Read after it, but still naming the erased author (its
    // account is deleted a moment after the event): refused too.
    cache.offer(PAGE, view(1), Set.of(new ParticipantId("b")), before);
    cache.offer(PAGE, view(1), Set.of(AUTHOR), cache.ticket());
    assertThat(cache.get(PAGE, 0)).isNull();
    cache.offer(PAGE, view(1), Set.of(new ParticipantId("b")), cache.ticket());
    assertThat(cache.get(PAGE, 0)).isNotNull();
  }

  @Test
  void nothingIsKeptOrServedWhileTheProcessorIsNotTracking() {
    caches.tracking = false;
    cache.offer(PAGE, view(1), Set.of(AUTHOR), cache.ticket());
    caches.tracking = true;
    assertThat(cache.get(PAGE, 0)).isNull();
    cache.offer(PAGE, view(1), Set.of(AUTHOR), cache.ticket());
    caches.tracking = false;
    assertThat(cache.get(PAGE, 0)).isNull();
  }
}
