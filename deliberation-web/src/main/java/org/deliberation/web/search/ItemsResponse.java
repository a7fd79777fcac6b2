package org.deliberation.web.search;

import java.util.List;

/** A plain list answer: {@code {"items": [...]}}. */
public record ItemsResponse<T>(List<T> items) {

  public ItemsResponse {
    items = List.copyOf(items);
  }
}
