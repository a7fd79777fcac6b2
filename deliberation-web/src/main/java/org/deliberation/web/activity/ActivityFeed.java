package org.deliberation.web.activity;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ProjectEvent;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.web.live.LiveRelay;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The recent changes of every project (edits, statements, moderation, stages, responses; votes go to each
 * project's synthesis stream instead): the last {@link #KEPT} in memory for a new or resuming reader, then each one
 * as it happens. Fed by its own tracking processor, replayed at start like the deliberations.
 */
@Component
@ProcessingGroup(ActivityFeed.GROUP)
public class ActivityFeed {

  public static final String GROUP = "activity";
  /** How many recent changes a reader that connects or resumes can get. */
  public static final int KEPT = 10_000;

  private final ArrayDeque<ActivityItem> recent = new ArrayDeque<>();
  private final Sinks.Many<ActivityItem> live = Sinks.many().multicast().directBestEffort();

  @EventHandler
  void on(ProjectEvent event, @Timestamp Instant at, TrackingToken token) {
    var summary = switch (event) {
      case ProjectCreated created -> "Wikiproject created: " + created.title();
      case StageChanged changed -> "Stage " + changed.from() + " → " + changed.to();
      case ResponsePublished published -> "Official response published";
    };
    add(new ActivityItem(position(token), at, event.getClass().getSimpleName(), event.projectId().value(), null,
        null, summary));
  }

  @EventHandler
  void on(PageEvent event, @Timestamp Instant at, TrackingToken token) {
    var comment = event.comment().isBlank() ? "" : ": " + shorten(event.comment());
    add(new ActivityItem(position(token), at, event.getClass().getSimpleName(), event.pageId().project().value(),
        event.pageId().name(), null, "Page " + event.pageId().name() + ", revision " + event.revision() + comment));
  }

  // One handler per statement event but votes: Axon then skips a vote by its type name, without deserializing it
  // (thousands a second would drown the changes, and the synthesis stream carries them).
  @EventHandler
  void on(StatementPosted event, @Timestamp Instant at, TrackingToken token) {
    statement(event, at, token);
  }

  @EventHandler
  void on(StatementHidden event, @Timestamp Instant at, TrackingToken token) {
    statement(event, at, token);
  }

  @EventHandler
  void on(StatementRestored event, @Timestamp Instant at, TrackingToken token) {
    statement(event, at, token);
  }

  @EventHandler
  void on(StatementFlagged event, @Timestamp Instant at, TrackingToken token) {
    statement(event, at, token);
  }

  private void statement(StatementEvent event, Instant at, TrackingToken token) {
    var summary = switch (event) {
      case StatementPosted posted -> posted.kind().name().charAt(0)
          + posted.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT) + ": " + shorten(posted.text());
      default -> event.getClass().getSimpleName().replace("Statement", "Statement ").toLowerCase(
          java.util.Locale.ROOT);
    };
    add(new ActivityItem(position(token), at, event.getClass().getSimpleName(), event.projectId().value(), null,
        event.statementId().value(), summary));
  }

  @ResetHandler
  synchronized void reset() {
    recent.clear();
  }

  private synchronized void add(ActivityItem item) {
    recent.addLast(item);
    if (recent.size() > KEPT) {
      recent.removeFirst();
    }
    live.tryEmitNext(item);
  }

  /**
   * The changes after {@code after} (or the last {@code initial} ones), then the live ones, all of one project or of
   * every project.
   */
  public synchronized Flux<ActivityItem> subscribe(@Nullable String project, @Nullable Long after, int initial,
      int buffer) {
    var backlog = new ArrayList<ActivityItem>();
    for (var item : recent) {
      if ((project == null || project.equals(item.project())) && (after == null || item.position() > after)) {
        backlog.add(item);
      }
    }
    List<ActivityItem> first = after == null && backlog.size() > initial
        ? backlog.subList(backlog.size() - initial, backlog.size()) : backlog;
    return LiveRelay.attach(first, live.asFlux()
        .filter(item -> project == null || project.equals(item.project())), buffer);
  }

  private static String shorten(String text) {
    var line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 120 ? line : line.substring(0, 119) + "…";
  }

  private static long position(TrackingToken token) {
    return token.position().orElse(-1);
  }
}
