package org.deliberation.web.api.search;

/**
 * How far this node's index is.
 *
 * @param state {@code REBUILDING} (replaying every event into a new index), {@code CATCHING_UP} or {@code READY}
 * @param indexed the position of the last event the index has taken
 * @param head the position of the last event stored
 */
public record SearchStatus(String state, long indexed, long head) {}
