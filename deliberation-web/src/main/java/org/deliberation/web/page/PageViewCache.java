package org.deliberation.web.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.web.project.projection.ReadCaches;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The latest revision of each page as it was last shown, rendered, on this node. Every page event this node's
 * {@link ReadCaches} processor sees, and every edit this node acknowledges, raises the revision a page's view must
 * have to be served or kept; revisions only grow, so a view read before an edit can never be kept after it. Erasing
 * a participant drops every view (the contributors' names change).
 */
@Component
@ProcessingGroup(ReadCaches.GROUP)
public class PageViewCache {

  private static final int KEPT = 4096;

  /** A page's view, if one is kept, and the revision any view of it must reach. */
  private record Entry(@Nullable PageView view, int atLeast) {}

  /** What a read was told before it loaded a view: {@link #offer} refuses the view if anything changed meanwhile. */
  record Ticket(long epoch, boolean tracking) {}

  private final ReadCaches caches;
  private final AtomicLong epoch = new AtomicLong();
  private final Cache<PageId, Entry> entries =
      Caffeine.newBuilder()
          .maximumSize(KEPT)
          // A dropped entry may have held the revision an unfinished read must reach: such a read
          // is refused.
          .evictionListener(
              (PageId page, Entry entry, RemovalCause cause) -> epoch.incrementAndGet())
          .build();

  // An erasure's event is stored before the account is deleted: a read in between still finds the
  // name, so views naming someone erased a moment ago are not kept.
  private final Cache<ParticipantId, Boolean> erased =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

  public PageViewCache(ReadCaches caches) {
    this.caches = caches;
  }

  /** The page's kept view, if it is at least at revision {@code atLeast} (what the reader already knows). */
  @Nullable PageView get(PageId page, int atLeast) {
    if (!caches.kept()) {
      return null;
    }
    var entry = entries.getIfPresent(page);
    if (entry == null
        || entry.view() == null
        || entry.view().revision() < Math.max(atLeast, entry.atLeast())) {
      return null;
    }
    return entry.view();
  }

  /** Taken before a read loads a page. */
  Ticket ticket() {
    return new Ticket(epoch.get(), caches.tracking());
  }

  /** Keeps a view loaded after {@code ticket} was taken, unless a newer revision is known. */
  void offer(PageId page, PageView view, Collection<ParticipantId> authors, Ticket ticket) {
    if (!ticket.tracking() || authors.stream().anyMatch(id -> erased.getIfPresent(id) != null)) {
      return;
    }
    entries
        .asMap()
        .compute(
            page,
            (key, entry) -> {
              if (entry == null) {
                return epoch.get() == ticket.epoch() ? new Entry(view, view.revision()) : null;
              }
              boolean newer =
                  view.revision() >= entry.atLeast()
                      && (entry.view() == null || view.revision() > entry.view().revision());
              return newer ? new Entry(view, view.revision()) : entry;
            });
  }

  /** A page reached {@code revision}: a view older than that is no longer served. */
  void reached(PageId page, int revision) {
    entries
        .asMap()
        .compute(
            page,
            (key, entry) -> {
              if (entry == null) {
                return new Entry(null, revision);
              }
              if (revision <= entry.atLeast()) {
                return entry;
              }
              var view = entry.view();
              return new Entry(view != null && view.revision() >= revision ? view : null, revision);
            });
  }

  @EventHandler
  void on(PageEvent event) {
    reached(event.pageId(), event.revision());
  }

  @EventHandler
  void on(ParticipantErased event) {
    erased.put(event.participantId(), true);
    epoch.incrementAndGet();
    entries.invalidateAll();
  }
}
