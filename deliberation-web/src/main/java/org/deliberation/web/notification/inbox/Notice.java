package org.deliberation.web.notification.inbox;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one event tells, before it is addressed to anyone.
 *
 * @param seq the event's position in the store: with the recipient, it keys the notification, so a replay or a
 *     rebuild writes the same one again rather than a second
 * @param target the {@code project:<id>} or {@code petition:<id>} it is about
 * @param language the target's language, for mail
 */
public record Notice(
    long seq,
    NotificationKind kind,
    Instant at,
    String target,
    @Nullable String statement,
    List<String> arguments,
    String language) {

  public Notice {
    arguments = List.copyOf(arguments);
  }

  public @Nullable String project() {
    return target.startsWith("project:") ? target.substring("project:".length()) : null;
  }

  public @Nullable String petition() {
    return target.startsWith("petition:") ? target.substring("petition:".length()) : null;
  }

  public String text(String language) {
    return kind.text(language, arguments);
  }
}
