package org.deliberation.core.petition.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.petition.PetitionId;
import org.jspecify.annotations.Nullable;

/**
 * Sign a petition. {@code area} is the postcode area the signer declared ({@code PostcodeArea}), null when they
 * declared none; {@code at} is read once from the clock and becomes the signature's instant.
 */
public record SignPetition(
    @TargetAggregateIdentifier PetitionId petitionId,
    @Nullable String area,
    Actor by,
    Instant at) {}
