package org.deliberation.web.deliberation.statement;

import java.util.List;
import org.deliberation.web.deliberation.live.StatementView;
import org.jspecify.annotations.Nullable;

/** A page of statements; {@code next} is the cursor of the following page, absent on the last. */
public record StatementPage(List<StatementView> items, @Nullable String next) {

  public StatementPage {
    items = List.copyOf(items);
  }
}
