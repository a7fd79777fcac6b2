package org.deliberation.web.project.projection;

import java.time.Instant;
import org.deliberation.core.readability.ReadingLevel;
import org.jspecify.annotations.Nullable;

/**
 * A page in a project's page index.
 *
 * @param readabilityScore the reading ease of its latest revision (docs/readability.md); null without words, and for
 *     a page last edited before readability was recorded
 * @param readabilityLevel the band of that score
 * @param hardToRead whether the page is harder to read than the project's target; false without a target
 */
public record PageEntry(
    String name,
    String title,
    int revision,
    Instant updatedAt,
    @Nullable Double readabilityScore,
    @Nullable ReadingLevel readabilityLevel,
    boolean hardToRead) {

  /** This entry measured against a project's target. */
  PageEntry against(@Nullable ReadingLevel target) {
    boolean hard =
        target != null && readabilityLevel != null && readabilityLevel.harderThan(target);
    return new PageEntry(
        name, title, revision, updatedAt, readabilityScore, readabilityLevel, hard);
  }
}
