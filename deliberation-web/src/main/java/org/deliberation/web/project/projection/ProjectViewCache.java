package org.deliberation.web.project.projection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.project.event.ProjectEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Each project's view as last read, on this node. The view folds the project's own events and the pages' index of
 * the stored projection, which may run on another node and lag: so each event this node's {@link ReadCaches} sees
 * sets what a kept view must have reached (the project's last event, each page's revision), and a view read from an
 * index that has not caught up yet is served but not kept. What the events told is kept when this node changes the
 * project and its view is dropped: the next read, made at once, may find the index still behind a page created just
 * before. It is lost only when the entry is evicted (the least used of {@value #KEPT} projects).
 */
@Component
@ProcessingGroup(ReadCaches.GROUP)
class ProjectViewCache {

  private static final int KEPT = 2048;

  /** A view read with the project's events up to {@code sequence}. */
  record Loaded(ProjectView view, long sequence) {}

  /**
   * @param since the epoch at which this node last changed the project: a read begun before it is not kept
   */
  private record Entry(
      @Nullable Loaded loaded, long atLeast, Map<String, Integer> pages, long since) {

    Entry(@Nullable Loaded loaded, long atLeast, Map<String, Integer> pages) {
      this(loaded, atLeast, pages, 0);
    }

    boolean reachedBy(Loaded candidate) {
      if (candidate.sequence() < atLeast) {
        return false;
      }
      for (var page : pages.entrySet()) {
        if (candidate.view().pages().stream()
            .noneMatch(
                entry ->
                    entry.name().equals(page.getKey()) && entry.revision() >= page.getValue())) {
          return false;
        }
      }
      return true;
    }
  }

  /** What a read was told before it loaded a view. */
  record Ticket(long epoch, boolean tracking) {}

  private final ReadCaches caches;
  private final AtomicLong epoch = new AtomicLong();
  private final Cache<ProjectId, Entry> entries =
      Caffeine.newBuilder()
          .maximumSize(KEPT)
          .evictionListener(
              (ProjectId project, Entry entry, RemovalCause cause) -> epoch.incrementAndGet())
          .build();

  ProjectViewCache(ReadCaches caches) {
    this.caches = caches;
  }

  @Nullable ProjectView get(ProjectId project) {
    if (!caches.kept()) {
      return null;
    }
    var entry = entries.getIfPresent(project);
    return entry == null || entry.loaded() == null ? null : entry.loaded().view();
  }

  Ticket ticket() {
    return new Ticket(epoch.get(), caches.tracking());
  }

  void offer(ProjectId project, Loaded loaded, Ticket ticket) {
    if (!ticket.tracking()) {
      return;
    }
    entries
        .asMap()
        .compute(
            project,
            (key, entry) -> {
              if (entry == null) {
                return epoch.get() == ticket.epoch()
                    ? new Entry(loaded, loaded.sequence(), Map.of())
                    : null;
              }
              if (ticket.epoch() < entry.since()
                  || !entry.reachedBy(loaded)
                  || entry.loaded() != null && entry.loaded().sequence() > loaded.sequence()) {
                return entry;
              }
              return new Entry(loaded, loaded.sequence(), Map.of(), entry.since());
            });
  }

  /**
   * This node changed the project: what was kept, and any read begun before, is not kept; what the events told of
   * its pages is, since the stored index may not have caught up with them yet.
   */
  void forget(ProjectId project) {
    var now = epoch.incrementAndGet();
    entries
        .asMap()
        .computeIfPresent(
            project, (key, entry) -> new Entry(null, entry.atLeast(), entry.pages(), now));
  }

  @EventHandler
  void on(ProjectEvent event, @SequenceNumber long sequence) {
    entries
        .asMap()
        .compute(
            event.projectId(),
            (key, entry) -> {
              if (entry == null) {
                return new Entry(null, sequence, Map.of());
              }
              var loaded = entry.loaded();
              var kept = loaded != null && loaded.sequence() >= sequence ? loaded : null;
              return new Entry(
                  kept, Math.max(entry.atLeast(), sequence), entry.pages(), entry.since());
            });
  }

  @EventHandler
  void on(PageEvent event) {
    var name = event.pageId().name();
    entries
        .asMap()
        .compute(
            event.pageId().project(),
            (key, entry) -> {
              var pages = new HashMap<String, Integer>(entry == null ? Map.of() : entry.pages());
              pages.merge(name, event.revision(), Math::max);
              var loaded = entry == null ? null : entry.loaded();
              var atLeast = entry == null ? -1 : entry.atLeast();
              var since = entry == null ? 0 : entry.since();
              var candidate = new Entry(null, atLeast, pages);
              return new Entry(
                  loaded != null && candidate.reachedBy(loaded) ? loaded : null,
                  atLeast,
                  pages,
                  since);
            });
  }
}
