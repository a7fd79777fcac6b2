package org.deliberation.core.participant.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;

/** Erase a participant: their contributions stay, attributed to a former participant. */
public record EraseParticipant(@TargetAggregateIdentifier ParticipantId participantId, Actor by) {}
