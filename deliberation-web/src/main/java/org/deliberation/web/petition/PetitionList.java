package org.deliberation.web.petition;

import java.util.List;
import org.deliberation.web.petition.projection.PetitionView;
import org.jspecify.annotations.Nullable;

/** One page of petitions, with the cursor of the next page when there is one. */
public record PetitionList(List<PetitionView> items, @Nullable String next) {

  public PetitionList {
    items = List.copyOf(items);
  }
}
