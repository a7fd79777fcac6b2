package org.deliberation.web.deliberation.synthesis;

/**
 * The colour of an opinion group, by its stable label (A, B, C…), from Okabe and Ito's palette of eight, chosen to
 * stay distinct for colour-blind readers (nothing checks how they print in grey). The same rule is in
 * {@code synthesis.js}.
 */
final class GroupColours {

  static int of(String label) {
    if (label.length() == 1 && label.charAt(0) >= 'A' && label.charAt(0) <= 'Z') {
      return (label.charAt(0) - 'A') % 8;
    }
    return Math.floorMod(label.hashCode(), 8);
  }

  private GroupColours() {}
}
