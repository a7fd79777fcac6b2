package org.deliberation.core.petition;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The area a declared postcode belongs to, as petitions count their signatures by it: coarse enough to say where
 * support comes from without saying who gave it. Only a postcode the participant declared is read; nothing is
 * inferred (no address, no network location).
 *
 * <ul>
 *   <li>A UK postcode ({@code SW1A 1AA}, {@code sw1a1aa}): its outward code, the part before the last three
 *       characters ({@code SW1A}).
 *   <li>A French code postal (five digits): its département, the first two digits ({@code 75001} is {@code 75}),
 *       three for the overseas départements ({@code 97411} is {@code 974}) and {@code 2A}/{@code 2B} for Corsica
 *       ({@code 20000}–{@code 20199} is {@code 2A}, {@code 20200}–{@code 20999} {@code 2B}).
 *   <li>Anything else: no area (the signature counts, under no area).
 * </ul>
 */
public final class PostcodeArea {

  private static final Pattern UK = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");
  private static final Pattern FRANCE = Pattern.compile("[0-9]{5}");
  private static final int LONGEST = 16;

  /** The area of a declared postcode, or null when none was declared or it has no recognised form. */
  public static @Nullable String of(@Nullable String postcode) {
    if (postcode == null || postcode.length() > LONGEST) {
      return null;
    }
    var code = postcode.strip().toUpperCase(Locale.ROOT);
    if (FRANCE.matcher(code).matches()) {
      return departement(code);
    }
    var uk = UK.matcher(code);
    return uk.matches() ? uk.group(1) : null;
  }

  private static String departement(String code) {
    if (code.startsWith("97") || code.startsWith("98")) {
      return code.substring(0, 3);
    }
    if (code.startsWith("20")) {
      return Integer.parseInt(code.substring(2, 3)) < 2 ? "2A" : "2B";
    }
    return code.substring(0, 2);
  }

  private PostcodeArea() {}
}
