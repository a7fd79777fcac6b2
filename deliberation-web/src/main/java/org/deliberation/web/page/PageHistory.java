package org.deliberation.web.page;

import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.common.PageId;
import org.deliberation.core.markdown.TextDiff;
import org.deliberation.core.readability.Readability;
import org.deliberation.web.participant.ParticipantAccounts;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A page's history as its readers see it: who changed what, and whether each edit made the page easier or harder
 * to read.
 */
final class PageHistory {

  private final ParticipantAccounts accounts;
  private final PageReadability readability;

  PageHistory(ParticipantAccounts accounts, PageReadability readability) {
    this.accounts = accounts;
    this.readability = readability;
  }

  Mono<HistoryView> of(PageId pageId, List<PageRevisionView> revisions, String language) {
    return accounts
        .displayNames(revisions.stream().map(PageRevisionView::author).toList())
        // Diffs and scores of every revision are CPU work: off the event loop.
        .publishOn(Schedulers.boundedElastic())
        .map(
            names -> {
              var items = new ArrayList<HistoryView.Item>(revisions.size());
              String previous = "";
              Readability before = null;
              for (var revision : revisions) {
                var counts = TextDiff.count(previous, revision.markdown());
                var after = readability.of(pageId, revision, language);
                var name = names.get(revision.author());
                boolean erased = ParticipantAccounts.FORMER_PARTICIPANT.equals(name);
                items.add(
                    new HistoryView.Item(
                        revision.revision(),
                        name,
                        erased ? null : revision.author().value(),
                        revision.comment(),
                        revision.at(),
                        counts.added(),
                        counts.removed(),
                        revision.kind(),
                        revision.merged(),
                        after,
                        before == null ? null : PageReadability.change(before, after)));
                previous = revision.markdown();
                before = after;
              }
              return new HistoryView(items.reversed());
            });
  }
}
