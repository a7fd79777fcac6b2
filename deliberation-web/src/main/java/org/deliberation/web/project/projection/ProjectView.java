package org.deliberation.web.project.projection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deliberation.core.readability.ReadingLevel;
import org.jspecify.annotations.Nullable;

/**
 * A wikiproject as its page shows it: its question, stage and timeline, pages, and official responses.
 *
 * @param readabilityTarget the reading level its pages should reach, null until one is set; a page harder to read is
 *     marked {@code hardToRead} among the pages
 * @param petition the petition it was opened from, if any ({@code GET /api/petitions/{id}}), which names it in turn
 */
public record ProjectView(
    String id,
    String slug,
    String title,
    String question,
    String authority,
    String language,
    String stage,
    Instant createdAt,
    List<StageStep> stages,
    List<PageEntry> pages,
    List<Response> responses,
    Map<String, Integer> counts,
    @Nullable ReadingLevel readabilityTarget,
    @Nullable String petition) {

  public ProjectView {
    stages = List.copyOf(stages);
    pages = List.copyOf(pages);
    responses = List.copyOf(responses);
    counts = Map.copyOf(counts);
  }

  /** One step of the stage timeline. */
  public record StageStep(String stage, Instant at, @Nullable String note) {}

  /** An official's published response. */
  public record Response(String id, String markdown, String html, Instant publishedAt) {}
}
