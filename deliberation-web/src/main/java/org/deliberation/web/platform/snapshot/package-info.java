/**
 * Snapshots of the projections kept in memory: each one's events, compacted, with the tracking token they reach, in a
 * file of this node beside its search index, so that a start replays only the tail (docs/event-store.md,
 * "Snapshots").
 */
@NullMarked
package org.deliberation.web.platform.snapshot;

import org.jspecify.annotations.NullMarked;
