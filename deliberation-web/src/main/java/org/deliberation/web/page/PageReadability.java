package org.deliberation.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deliberation.core.common.PageId;
import org.deliberation.core.readability.Formula;
import org.deliberation.core.readability.Readability;
import org.deliberation.core.readability.ReadabilityScorer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The readability of page revisions and drafts, in the project's language. A revision never changes, so its score
 * is kept (the most recent {@link #KEPT} revisions): a history of hundreds of revisions is scored once, not on
 * every read. A draft is scored each time it is previewed.
 */
@Component
public class PageReadability {

  /** About a kilobyte each (three sentences of at most 300 characters): a few megabytes in all. */
  static final int KEPT = 4096;

  private final ReadabilityScorer scorer;

  private final Map<Key, Readability> kept =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Readability> eldest) {
          return size() > KEPT;
        }
      };

  public PageReadability(ReadabilityScorer scorer) {
    this.scorer = scorer;
  }

  /** A draft's readability, for the editor's preview. */
  public Readability of(String markdown, String language) {
    return scorer.ofMarkdown(markdown, Formula.forLanguage(language));
  }

  /** A stored revision's readability. */
  Readability of(PageId page, PageRevisionView revision, String language) {
    var key = new Key(page, revision.revision(), language);
    synchronized (kept) {
      var known = kept.get(key);
      if (known != null) {
        return known;
      }
    }
    var scored = of(revision.markdown(), language);
    synchronized (kept) {
      kept.put(key, scored);
    }
    return scored;
  }

  /**
   * How much easier a revision made the page: its score less the previous one's, to one decimal (positive: easier);
   * null for the first revision and when either has no words.
   */
  static @Nullable Double change(Readability before, Readability after) {
    if (before.score() == null || after.score() == null) {
      return null;
    }
    return Math.round((after.score() - before.score()) * 10) / 10.0;
  }

  private record Key(PageId page, int revision, String language) {}
}
