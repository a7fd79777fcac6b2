package org.deliberation.web.platform.axon;

/**
 * A projection a feature declares (as a bean), so that the Axon wiring configures it without knowing the feature:
 * where it keeps its position, and whether this node waits for it before it takes readers.
 *
 * @param group the processing group of the projection's event handlers
 * @param position where the projection keeps its tracking token
 * @param holdsReadiness whether the node reports itself not ready until the projection has caught up
 */
public record Projection(String group, Position position, boolean holdsReadiness) {

  /** Where a projection keeps its position. */
  public enum Position {
    /** In the store's token collection, shared by the nodes that share the store. */
    STORED,
    /** In memory: every start replays the whole history into it, which is what rebuilds it. */
    REBUILT_AT_START,
    /** Where the feature says, with a token store it registers itself (the search index keeps it in the index). */
    OWN
  }

  /** A read model in the store, which the node waits for. */
  public static Projection stored(String group) {
    return new Projection(group, Position.STORED, true);
  }

  /** A read model in memory, rebuilt from every event at each start, which the node waits for. */
  public static Projection rebuiltAtStart(String group) {
    return new Projection(group, Position.REBUILT_AT_START, true);
  }

  /** A projection with its own token store, which may catch up while the node serves. */
  public static Projection ownPositionCatchingUpWhileServing(String group) {
    return new Projection(group, Position.OWN, false);
  }
}
