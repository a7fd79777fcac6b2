package org.deliberation.core.petition;

import org.deliberation.core.common.DomainException;
import org.jspecify.annotations.Nullable;

/** One signature of a {@code SignPetitions}: its outcome, or the refusal its rules gave it (the others still count). */
public record SignatureResult(
    @Nullable PetitionOutcome outcome, @Nullable DomainException refusal) {}
