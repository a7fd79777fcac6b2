package org.deliberation.core.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What people type, made safe to show to others: every text is normalized to NFC, and the characters that make a
 * text display as something other than what it says are kept out of it. Pure functions, no state, thread safe.
 *
 * <p><b>The characters.</b> Invisible format characters (zero-width space, word joiner, byte-order mark, invisible
 * operators, soft hyphen, Hangul and Mongolian fillers, the tag characters that can smuggle invisible text), the
 * twelve bidirectional formatting characters (embeddings and overrides U+202A–202E, isolates U+2066–2069, the marks
 * U+200E, U+200F and U+061C: an override can make "gro.elpmaxe" read as "example.org"), the zero-width joiner and
 * non-joiner, control characters (category Cc), and line and paragraph separators.
 *
 * <p><b>Two treatments.</b>
 *
 * <ul>
 *   <li>{@link #refusal} for what names or titles something (a display name, a project's title, question and
 *       authority, an edit comment, a source's address): any such character is refused, with the character named,
 *       because a silent change would show a name its owner did not choose, and there is no legitimate use for one
 *       in a label (a Persian name written with a non-joiner is the one casualty, and easy to type without it).
 *   <li>{@link #cleaned} for free text (statements, declarations of interests): the characters are removed, not
 *       refused. Such texts are often pasted from word processors and web pages, which carry stray zero-width spaces
 *       and byte-order marks that their authors cannot see, and so could not find to delete; removing them changes
 *       nothing a reader sees, and leaves no spoofed layout, no word split to slip past moderation, search or the
 *       near-duplicate check. Two joiners are kept where they do belong: the zero-width joiner inside an emoji
 *       sequence (👩‍💻, 🏳️‍🌈: removing it would split the emoji in two), the joiner and non-joiner between two
 *       letters of a script that writes with them (Arabic and Persian, the Indic scripts), and the tags of an
 *       emoji flag (🏴 of Scotland). Newlines and tabs stay; {@code \r\n}, {@code \r} and the Unicode line and
 *       paragraph separators become {@code \n}.
 * </ul>
 */
public final class TextHygiene {

  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;
  private static final int BLACK_FLAG = 0x1F3F4;
  private static final int CANCEL_TAG = 0xE007F;
  private static final int VARIATION_SELECTOR_16 = 0xFE0F;

  /** Scripts whose letters never need a joiner: one between two of their letters only splits a word invisibly. */
  private static final Set<Character.UnicodeScript> WITHOUT_JOINERS =
      Set.of(
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.GREEK,
          Character.UnicodeScript.CYRILLIC,
          Character.UnicodeScript.ARMENIAN,
          Character.UnicodeScript.COMMON,
          Character.UnicodeScript.INHERITED,
          Character.UnicodeScript.UNKNOWN);

  /** NFC: "é" typed as e and a combining accent becomes the one character "é", so equal names look and compare equal. */
  public static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Why a label cannot be taken as it is, or empty when it can: the first character it may not hold, named, with
   * what to do. Call it on the {@link #nfc} form.
   *
   * @param multiline whether the label may hold newlines and tabs (a project's question), or is one line (a name)
   */
  public static Optional<String> refusal(String text, boolean multiline) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      boolean allowedSpace =
          multiline && (codePoint == '\n' || codePoint == '\t' || codePoint == '\r');
      if (!allowedSpace && isSuspect(codePoint)) {
        return Optional.of(
            "must not hold "
                + describe(codePoint)
                + " (character "
                + (text.codePointCount(0, i) + 1)
                + "): "
                + kind(codePoint)
                + "; type it again without it");
      }
      i += Character.charCount(codePoint);
    }
    return Optional.empty();
  }

  /** Free text in NFC with the suspect characters removed, but for the joiners and tags that belong where they are. */
  public static String cleaned(String text) {
    var normalized = nfc(text);
    var out = new StringBuilder(normalized.length());
    int previous = -1;
    for (int i = 0; i < normalized.length(); ) {
      int codePoint = normalized.codePointAt(i);
      int next =
          i + Character.charCount(codePoint) < normalized.length()
              ? normalized.codePointAt(i + Character.charCount(codePoint))
              : -1;
      if (codePoint == '\r') {
        if (next != '\n') {
          out.append('\n');
        }
      } else if (codePoint == 0x2028 || codePoint == 0x2029) {
        out.append('\n');
      } else if (codePoint == '\n'
          || codePoint == '\t'
          || !isSuspect(codePoint)
          || belongs(codePoint, previous, next)) {
        out.appendCodePoint(codePoint);
      }
      previous = out.isEmpty() ? -1 : out.codePointBefore(out.length());
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }

  /** Whether a character can change how a text displays without showing itself. */
  static boolean isSuspect(int codePoint) {
    return Character.getType(codePoint) == Character.CONTROL
        || isBidiControl(codePoint)
        || isInvisible(codePoint)
        || codePoint == ZWNJ
        || codePoint == ZWJ
        || isTag(codePoint)
        || codePoint == 0x2028
        || codePoint == 0x2029;
  }

  static boolean isBidiControl(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069)
        || codePoint == 0x200E
        || codePoint == 0x200F
        || codePoint == 0x061C;
  }

  private static boolean isInvisible(int codePoint) {
    return codePoint == 0x200B
        || (codePoint >= 0x2060 && codePoint <= 0x2064)
        || codePoint == 0xFEFF
        || codePoint == 0x00AD
        || codePoint == 0x034F
        || codePoint == 0x180E
        || codePoint == 0x115F
        || codePoint == 0x1160
        || codePoint == 0x3164
        || codePoint == 0xFFA0;
  }

  private static boolean isTag(int codePoint) {
    return codePoint >= 0xE0000 && codePoint <= 0xE007F;
  }

  /** Whether a joiner or a tag, suspect elsewhere, belongs where it stands in free text. */
  private static boolean belongs(int codePoint, int previous, int next) {
    if (codePoint == ZWJ
        && isEmojiEnd(previous)
        && next != -1
        && Character.isExtendedPictographic(next)) {
      return true;
    }
    if ((codePoint == ZWJ || codePoint == ZWNJ)
        && previous != -1
        && next != -1
        && isLetterOrMark(previous)
        && isLetterOrMark(next)) {
      var script = Character.UnicodeScript.of(previous);
      return script == Character.UnicodeScript.of(next) && !WITHOUT_JOINERS.contains(script);
    }
    // An emoji flag of a region (🏴 then tag letters then a cancel tag): the tags follow the black
    // flag or each other.
    return isTag(codePoint)
        && (previous == BLACK_FLAG || (isTag(previous) && previous != CANCEL_TAG));
  }

  /** The end of an emoji a zero-width joiner may join to the next: a pictograph, a skin tone, or an emoji style. */
  private static boolean isEmojiEnd(int codePoint) {
    return codePoint != -1
        && (Character.isExtendedPictographic(codePoint)
            || Character.isEmojiModifier(codePoint)
            || codePoint == VARIATION_SELECTOR_16);
  }

  private static boolean isLetterOrMark(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isLetter(codePoint)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static String describe(int codePoint) {
    var name = Character.getName(codePoint);
    return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
  }

  private static String kind(int codePoint) {
    if (isBidiControl(codePoint)) {
      return "it changes the direction in which the text around it is shown, so the text can read as something "
          + "else";
    }
    if (Character.getType(codePoint) == Character.CONTROL
        || codePoint == 0x2028
        || codePoint == 0x2029) {
      return "control characters and line breaks have no place here";
    }
    return "it is invisible, so two different texts could look the same";
  }

  private TextHygiene() {}
}
