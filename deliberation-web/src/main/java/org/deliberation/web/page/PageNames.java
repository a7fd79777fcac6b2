package org.deliberation.web.page;

import java.util.regex.Pattern;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.web.platform.http.BadRequestException;

/** The one rule for a page's name in an address: lower-case letters, digits and single hyphens, 64 at most. */
public final class PageNames {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int LONGEST = 64;

  public static boolean valid(String name) {
    // The length first: the pattern is linear, but there is no reason to run it over a megabyte.
    return name.length() <= LONGEST && NAME.matcher(name).matches();
  }

  /** The name of a page to write; a 400 naming {@code page} otherwise. */
  public static String requireValid(String name) {
    if (!valid(name)) {
      throw new BadRequestException(
          "page",
          "A page name may hold only lower-case letters, digits and single "
              + "hyphens, at most 64 characters, like 'costs' or 'school-calendar'.");
    }
    return name;
  }

  /** The name of a page to read; no such page (404) otherwise, since no page can have it. */
  public static String requireReadable(String name) {
    if (!valid(name)) {
      throw new NotFoundException("There is no page '" + name + "' in this project.");
    }
    return name;
  }

  private PageNames() {}
}
