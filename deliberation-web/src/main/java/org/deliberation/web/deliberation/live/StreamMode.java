package org.deliberation.web.deliberation.live;

import java.util.Locale;
import java.util.Optional;

/** What a reader of a project's stream gets at each recomputation: the whole synthesis, or its changes. */
public enum StreamMode {
  /** The API's contract: a {@code synthesis} event with the whole view each time. */
  WHOLE,
  /** The whole view once, with its version, then a {@code synthesis-patch} event from each version to the next. */
  PATCH;

  /** The mode a client named ({@code ?view=whole} or {@code ?view=patch}), if it is one. */
  public static Optional<StreamMode> named(String name) {
    for (var mode : values()) {
      if (mode.name().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
