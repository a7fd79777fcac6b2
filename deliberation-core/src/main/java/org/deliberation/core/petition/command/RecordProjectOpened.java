package org.deliberation.core.petition.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.petition.PetitionId;

/** Link the wikiproject an official opened from the petition to it. Officials only; once per petition. */
public record RecordProjectOpened(
    @TargetAggregateIdentifier PetitionId petitionId, ProjectId projectId, Actor by, Instant at) {}
