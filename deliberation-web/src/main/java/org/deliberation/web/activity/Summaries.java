package org.deliberation.web.activity;

/** How a change's words are cut to fit one line of the feed. */
final class Summaries {

  private Summaries() {}

  /** The text on one line, cut at 120 characters. */
  static String shorten(String text) {
    var line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= 120 ? line : line.substring(0, 119) + "…";
  }
}
