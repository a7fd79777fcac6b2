package org.deliberation.web.platform.store;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What this process is: an app node (the default: the web server, on the embedded store or a MongoDB it is pointed
 * at) or a store node ({@code DELIBERATION_ROLE=store}: the embedded store served to app nodes, nothing else).
 *
 * <p>It is read before Spring starts, because it chooses which application starts.
 */
public enum NodeRole {
  APP,
  STORE;

  static final String PROPERTY = "deliberation.role";
  static final String VARIABLE = "DELIBERATION_ROLE";

  /** The role asked for by a {@code --deliberation.role=} argument, a system property or the environment. */
  public static NodeRole requested(String[] args, Map<String, String> environment) {
    @Nullable String value = null;
    for (var arg : args) {
      if (arg.startsWith("--" + PROPERTY + "=")) {
        value = arg.substring(PROPERTY.length() + 3);
      }
    }
    if (value == null) {
      value = System.getProperty(PROPERTY, environment.get(VARIABLE));
    }
    return of(value);
  }

  static NodeRole of(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return APP;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "app" -> APP;
      case "store" -> STORE;
      default ->
          throw new IllegalArgumentException(
              VARIABLE + " is \"" + value + "\": it must be \"app\" (the default) or \"store\"");
    };
  }
}
