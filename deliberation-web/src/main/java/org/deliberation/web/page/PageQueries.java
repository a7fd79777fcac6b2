package org.deliberation.web.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.PageId;
import org.deliberation.core.page.RevisionNotFoundException;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.page.event.PageReverted;
import org.deliberation.web.platform.eventstore.EventStreams;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A page's revisions, read from the page's own event stream: every event is one revision with its whole text, so
 * the latest, any revision, the page at any instant and the history are all views of the same list.
 */
@Component
public class PageQueries {

  private final EventStreams streams;

  public PageQueries(EventStreams streams) {
    this.streams = streams;
  }

  /** Every revision, oldest first; empty when the page does not exist. */
  public Mono<List<PageRevisionView>> revisions(PageId page) {
    return streams
        .read(page.toString())
        .map(
            events -> {
              var revisions = new ArrayList<PageRevisionView>(events.size());
              for (var message : events) {
                if (message.getPayload() instanceof PageEvent event) {
                  revisions.add(view(event, message.getTimestamp()));
                }
              }
              return revisions;
            });
  }

  public Mono<List<PageRevisionView>> existing(PageId page) {
    return revisions(page)
        .filter(list -> !list.isEmpty())
        .switchIfEmpty(
            Mono.error(
                () ->
                    new NotFoundException(
                        "There is no page '" + page.name() + "' in this project.")));
  }

  /** The given revision of a page's revisions. */
  public static PageRevisionView revision(
      PageId page, List<PageRevisionView> revisions, int revision) {
    if (revision < 1 || revision > revisions.size()) {
      throw new RevisionNotFoundException(page, revision, revisions.size());
    }
    return revisions.get(revision - 1);
  }

  /** The revision that was current at {@code at}. */
  public static PageRevisionView at(PageId page, List<PageRevisionView> revisions, Instant at) {
    PageRevisionView current = null;
    for (var revision : revisions) {
      if (revision.at().isAfter(at)) {
        break;
      }
      current = revision;
    }
    if (current == null) {
      throw new NotFoundException(
          "Page '"
              + page.name()
              + "' did not exist yet at "
              + at
              + "; it was created at "
              + revisions.getFirst().at()
              + ".");
    }
    return current;
  }

  private static PageRevisionView view(PageEvent event, Instant at) {
    return switch (event) {
      case PageCreated created ->
          new PageRevisionView(
              created.revision(),
              created.markdown(),
              created.comment(),
              created.author(),
              at,
              "created",
              0,
              false);
      case PageEdited edited ->
          new PageRevisionView(
              edited.revision(),
              edited.markdown(),
              edited.comment(),
              edited.author(),
              at,
              "edited",
              edited.baseRevision(),
              edited.merged());
      case PageReverted reverted ->
          new PageRevisionView(
              reverted.revision(),
              reverted.markdown(),
              reverted.comment(),
              reverted.author(),
              at,
              "reverted",
              reverted.revertedTo(),
              false);
    };
  }
}
