package org.deliberation.web.accountability;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The authority's answers beside the points of the synthesis.
 *
 * @param stage the project's stage; before SYNTHESIS there is nothing to answer yet and {@code items} is empty
 * @param synthesisAt when the project entered SYNTHESIS: the instant its points are taken "as they stood"
 * @param unanswered how many points have no answer yet
 */
public record AccountabilityView(
    String project,
    String stage,
    @Nullable Instant synthesisAt,
    List<Point> items,
    int unanswered) {

  public AccountabilityView {
    items = List.copyOf(items);
  }

  /**
   * A point of consensus or dissent and its answer.
   *
   * @param text the statement's text as the public sees it now; null when hidden or withdrawn since
   * @param list where it stood when the project entered SYNTHESIS, or, for a point that joined a list since, where it
   *     stands now ({@code CONSENSUS} or {@code DISSENT})
   * @param score its score in that list
   * @param atSynthesis where it stood when the project entered SYNTHESIS; null if it was in neither list then
   * @param now where it stands in the synthesis now; null if it is in neither list now
   * @param unanswered true once the project is DECIDED and the point was never answered
   */
  public record Point(
      String statement,
      @Nullable String text,
      String list,
      double score,
      @Nullable Standing atSynthesis,
      @Nullable Standing now,
      @Nullable String decision,
      @Nullable String reason,
      @Nullable Instant decidedAt,
      int revisions,
      boolean unanswered) {}

  /** A point's place in one synthesis: its list and its score there. */
  public record Standing(String list, double score) {}
}
