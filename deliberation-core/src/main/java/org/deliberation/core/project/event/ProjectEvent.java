package org.deliberation.core.project.event;

import org.deliberation.core.common.ProjectId;

/** Everything that can happen to a wikiproject. */
public sealed interface ProjectEvent
    permits ProjectCreated,
        StageChanged,
        ResponsePublished,
        VotesInvalidated,
        InvalidationReversed,
        ReadabilityTargetSet,
        CommitmentRecorded {

  ProjectId projectId();
}
