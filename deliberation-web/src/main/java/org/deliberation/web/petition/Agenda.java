package org.deliberation.web.petition;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.petition.PetitionStatus;
import org.deliberation.web.petition.projection.AuthorityView;
import org.deliberation.web.petition.projection.PetitionResponse;
import org.jspecify.annotations.Nullable;

/** An authority's agenda: the petitions past its agenda threshold, in the order they reached it. */
public record Agenda(AuthorityView authority, List<Item> items) {

  public Agenda {
    items = List.copyOf(items);
  }

  /**
   * A petition on the agenda: since when ({@code since}, the instant of the signature that crossed the threshold),
   * where it stands, the answer and the wikiproject opened from it, if any.
   */
  public record Item(
      String kind,
      String petition,
      String title,
      PetitionStatus state,
      int signatures,
      Instant since,
      @Nullable PetitionResponse response,
      @Nullable String project) {}
}
