package org.deliberation.web.petition.projection;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.petition.PetitionStatus;
import org.jspecify.annotations.Nullable;

/**
 * A petition as it stands. {@code authority} is the authority's id, {@code html} the text rendered,
 * {@code signatures} the count now, {@code areas} the count by declared postcode area (largest first; signatures
 * without a declared area are in {@code signatures} only), {@code onAgendaSince} the instant of the agenda threshold,
 * {@code project} the id of the wikiproject opened from it, {@code signed} whether the caller signed it (null for a
 * visitor, and in lists).
 */
public record PetitionView(
    String id,
    String title,
    String text,
    String html,
    String language,
    String authority,
    String authorityName,
    PetitionStatus state,
    boolean hidden,
    int signatures,
    List<ThresholdView> thresholds,
    @Nullable PetitionResponse response,
    @Nullable String project,
    List<AreaCount> areas,
    @Nullable Instant onAgendaSince,
    @Nullable String openedBy,
    Instant openedAt,
    @Nullable Boolean signed) {

  public PetitionView {
    thresholds = List.copyOf(thresholds);
    areas = List.copyOf(areas);
  }

  /** The same petition as the caller sees it, who signed it or not. */
  public PetitionView signedByCaller(boolean signed) {
    return new PetitionView(
        id,
        title,
        text,
        html,
        language,
        authority,
        authorityName,
        state,
        hidden,
        signatures,
        thresholds,
        response,
        project,
        areas,
        onAgendaSince,
        openedBy,
        openedAt,
        signed);
  }
}
