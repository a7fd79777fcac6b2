package org.deliberation.core.project.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;

/** An official published the authority's answer. */
public record ResponsePublished(
    ProjectId projectId, String responseId, String markdown, ParticipantId publishedBy)
    implements ProjectEvent {}
