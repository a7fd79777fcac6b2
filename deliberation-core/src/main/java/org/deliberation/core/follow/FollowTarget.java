package org.deliberation.core.follow;

import java.util.Locale;

/**
 * What can be followed: a project or a petition, by id. Stored in events: only structural checks belong here.
 *
 * @param id the project's or petition's id
 */
public record FollowTarget(Kind kind, String id) {

  /** The kinds of followable things. */
  public enum Kind {
    PROJECT,
    PETITION
  }

  public FollowTarget {
    if (kind == null || id == null || id.isBlank()) {
      throw new IllegalArgumentException("a follow target needs a kind and an id");
    }
  }

  public static FollowTarget project(String id) {
    return new FollowTarget(Kind.PROJECT, id);
  }

  public static FollowTarget petition(String id) {
    return new FollowTarget(Kind.PETITION, id);
  }

  /** The target a {@link #key()} names. */
  public static FollowTarget fromKey(String key) {
    int colon = key.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("not a follow target's key: " + key);
    }
    return new FollowTarget(
        Kind.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)), key.substring(colon + 1));
  }

  /** {@code project:<id>} or {@code petition:<id>}: how read models and the follow's identifier name it. */
  public String key() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
  }
}
