package org.deliberation.search.text;

/** Makes a title out of a text that has none, such as a statement. */
public final class Titles {

  private Titles() {}

  /**
   * The text itself when it is short enough, else its beginning cut at a word and followed by an ellipsis, so that a
   * title never ends in half a word.
   */
  public static String shorten(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    int cut = maxLength - 1;
    int space = text.lastIndexOf(' ', cut);
    if (space > maxLength / 2) {
      cut = space;
    } else if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }
}
