package org.deliberation.web.deliberation.live;

import java.util.Optional;

/** How a project's statements are listed: newest first, or by consensus or dissent, highest first. */
public enum StatementOrder {
  RECENT("recent"),
  /** By group-informed consensus. */
  CONSENSUS("consensus"),
  DISSENT("dissent");

  private final String wireName;

  StatementOrder(String wireName) {
    this.wireName = wireName;
  }

  /** The name the API takes ({@code ?sort=recent}). */
  public String wireName() {
    return wireName;
  }

  /** The order named exactly so on the wire (lower case, as the API documents it), if any. */
  public static Optional<StatementOrder> ofWireName(String name) {
    for (var order : values()) {
      if (order.wireName.equals(name)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}
