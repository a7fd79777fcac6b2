package org.deliberation.web.page;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.project.projection.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A page as it is shown: rendered, scored, its contributors named. The latest revision comes from this node's
 * {@link PageViewCache} when it is kept there, so that a read costs no look-up in the store, no rendering and no
 * scoring; anything else is read from the page's events.
 */
@Component
class PageReads {

  private final Projects projects;
  private final PageQueries pages;
  private final ParticipantAccounts accounts;
  private final MarkdownRenderer markdown;
  private final PageReadability readability;
  private final PageViewCache cache;

  PageReads(
      Projects projects,
      PageQueries pages,
      ParticipantAccounts accounts,
      MarkdownRenderer markdown,
      PageReadability readability,
      PageViewCache cache) {
    this.projects = projects;
    this.pages = pages;
    this.accounts = accounts;
    this.markdown = markdown;
    this.readability = readability;
    this.cache = cache;
  }

  /** The page now (from the cache unless the reader knows of a newer revision than it keeps), or at {@code at}. */
  Mono<PageView> read(PageId pageId, @Nullable Instant at, int atLeast) {
    var kept = at == null ? cache.get(pageId, atLeast) : null;
    if (kept != null) {
      return Mono.just(kept);
    }
    var ticket = cache.ticket();
    return pages
        .existing(pageId)
        .flatMap(
            all -> {
              var shown = at == null ? all.getLast() : PageQueries.at(pageId, all, at);
              var view = view(pageId, all, shown);
              return at != null
                  ? view
                  : view.doOnNext(found -> cache.offer(pageId, found, authors(all, shown), ticket));
            });
  }

  Mono<PageView> view(PageId pageId, List<PageRevisionView> all, PageRevisionView shown) {
    return projects
        .language(pageId.project())
        .flatMap(language -> view(pageId, all, shown, language));
  }

  private Mono<PageView> view(
      PageId pageId, List<PageRevisionView> all, PageRevisionView shown, String language) {
    return Mono.defer(
        () -> {
          var authors = authors(all, shown);
          return accounts
              .displayNames(authors)
              // Rendering and scoring a page of up to 64 KB is CPU work: off the event loop.
              .publishOn(Schedulers.boundedElastic())
              .map(
                  names -> {
                    var title = MarkdownRenderer.firstHeading(shown.markdown());
                    return new PageView(
                        pageId.project().value(),
                        pageId.name(),
                        title.isBlank() ? pageId.name() : title,
                        shown.revision(),
                        shown.markdown(),
                        markdown.render(shown.markdown()),
                        shown.at(),
                        authors.stream().map(names::get).distinct().toList(),
                        readability.of(pageId, shown, language));
                  });
        });
  }

  private static LinkedHashSet<ParticipantId> authors(
      List<PageRevisionView> all, PageRevisionView shown) {
    var authors = new LinkedHashSet<ParticipantId>();
    for (var revision : all) {
      if (revision.revision() <= shown.revision()) {
        authors.add(revision.author());
      }
    }
    return authors;
  }
}
