package org.deliberation.core.project.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Language;

/** A wikiproject was opened, in the DRAFT stage. */
public record ProjectCreated(
    ProjectId projectId,
    String slug,
    String title,
    String question,
    String authority,
    Language language,
    ParticipantId createdBy)
    implements ProjectEvent {}
