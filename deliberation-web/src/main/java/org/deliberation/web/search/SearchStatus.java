package org.deliberation.web.search;

/**
 * How far this node's index is.
 *
 * @param state {@code REBUILDING} (replaying every event into a new index), {@code CATCHING_UP}, {@code READY}, or
 *     {@code STALLED} (the indexer stopped, or retries after a failure; an admin should look)
 * @param indexed the position up to which the index has looked at every event
 * @param head the position of the last event stored
 * @param parked how many sequences of events the index could not take and parked (see
 *     {@code /api/admin/dead-letters}); the rest of the index is complete
 */
public record SearchStatus(String state, long indexed, long head, long parked) {}
