package org.deliberation.core.project.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Language;
import org.jspecify.annotations.Nullable;

/**
 * A wikiproject was opened, in the DRAFT stage.
 *
 * @param petition the petition it was opened from, if any; null in events stored before petitions existed
 */
public record ProjectCreated(
    ProjectId projectId,
    String slug,
    String title,
    String question,
    String authority,
    Language language,
    ParticipantId createdBy,
    @Nullable String petition)
    implements ProjectEvent {

  /** A project opened on its own, from no petition. */
  public ProjectCreated(
      ProjectId projectId,
      String slug,
      String title,
      String question,
      String authority,
      Language language,
      ParticipantId createdBy) {
    this(projectId, slug, title, question, authority, language, createdBy, null);
  }
}
