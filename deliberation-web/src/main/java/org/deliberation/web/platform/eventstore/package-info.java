/**
 * The event store: Axon's storage engine over MongoDB, one document per commit with a global sequence, read by
 * gap-aware tracking tokens. {@code docs/event-store.md} explains the choice and its guarantees.
 */
@NullMarked
package org.deliberation.web.platform.eventstore;

import org.jspecify.annotations.NullMarked;
