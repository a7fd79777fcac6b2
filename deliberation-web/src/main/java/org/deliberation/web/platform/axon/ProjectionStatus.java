package org.deliberation.web.platform.axon;

/**
 * Where one projection stands.
 *
 * @param name the processing group
 * @param state {@link State#CAUGHT_UP}, {@link State#CATCHING_UP}, {@link State#STALLED} (stopped, or retrying
 *     after a failure outside any one event), or {@link State#HELD_ELSEWHERE} (a projection kept in the store, whose
 *     segments another node of the same store holds: that node keeps it for every node, and shows its lag)
 * @param position the position up to which it has looked at every event; events it does not take (votes, for the
 *     search index) are passed over without moving its token, so once caught up this is the head
 * @param lag how many positions it is behind the head
 * @param parked how many sequences of events (one aggregate's, each) wait in its dead-letter queue
 */
public record ProjectionStatus(String name, State state, long position, long lag, long parked) {

  /** The state of a projection. */
  public enum State {
    CAUGHT_UP,
    CATCHING_UP,
    STALLED,
    HELD_ELSEWHERE
  }
}
