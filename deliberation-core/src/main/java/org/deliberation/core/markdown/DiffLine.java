package org.deliberation.core.markdown;

/** One line of a diff hunk: kept as context, removed from the old text, or added in the new one. */
public record DiffLine(Kind kind, String text) {

  /** What happened to the line. */
  public enum Kind {
    CONTEXT(' '),
    REMOVED('-'),
    ADDED('+');

    private final char marker;

    Kind(char marker) {
      this.marker = marker;
    }

    /** The character that starts the line in a unified diff. */
    public char marker() {
      return marker;
    }
  }
}
