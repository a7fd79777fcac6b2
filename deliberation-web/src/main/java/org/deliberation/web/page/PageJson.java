package org.deliberation.web.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of page views, written once per view: the latest revision of a page is one {@link PageView} kept by
 * {@link PageViewCache} and served to every reader, so its bytes are kept beside it rather than written again for
 * each read. Keys are the views themselves, compared by identity (weak keys): an entry lives as long as its view is
 * held, and a view built anew (another revision, a page read from its events) is written anew. The bytes are those
 * the mapper of the API writes, so the answer is the same as without this.
 */
@Component
class PageJson {

  private static final int KEPT = 4096;

  private final JsonMapper json;
  private final Cache<PageView, byte[]> written =
      Caffeine.newBuilder().weakKeys().maximumSize(KEPT).build();

  PageJson(JsonMapper json) {
    this.json = json;
  }

  /** The view as JSON; the same array for the same view, which callers must not change. */
  byte[] of(PageView view) {
    return written.get(view, json::writeValueAsBytes);
  }
}
