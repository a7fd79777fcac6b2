/**
 * Axon's wiring (no Axon Server): aggregates, the command gateway, token stores and dead-letter queues for
 * the projections features declare ({@link org.deliberation.web.platform.axon.Projection}), projection failures parked
 * rather than fatal, and where each projection stands.
 */
@NullMarked
package org.deliberation.web.platform.axon;

import org.jspecify.annotations.NullMarked;
