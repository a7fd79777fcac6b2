/** Axon's wiring: the event store over MongoDB, tokens, aggregates and processors. */
@NullMarked
package org.deliberation.web.platform.axon;

import org.jspecify.annotations.NullMarked;
