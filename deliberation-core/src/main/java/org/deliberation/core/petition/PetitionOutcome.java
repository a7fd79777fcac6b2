package org.deliberation.core.petition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a petition's command handler answers: the sequence number of the petition's last event once it is done (so
 * that a reader can wait for its read model to have it), the count, and for a signature its instant.
 *
 * @param sequence the sequence number of the last event of the petition, -1 when it has none
 * @param signed whether the actor's signature is counted now
 * @param signedAt the instant of the actor's signature, when it is counted
 */
public record PetitionOutcome(
    long sequence, int signatures, boolean signed, @Nullable Instant signedAt) {}
