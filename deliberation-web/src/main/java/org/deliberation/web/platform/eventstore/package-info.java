/**
 * The event store: one commit per document, a write barrier, and reading one aggregate's events.
 */
@NullMarked
package org.deliberation.web.platform.eventstore;

import org.jspecify.annotations.NullMarked;
