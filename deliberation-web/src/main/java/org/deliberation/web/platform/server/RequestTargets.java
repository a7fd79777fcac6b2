package org.deliberation.web.platform.server;

/**
 * Escapes what a request target may not hold ({@code {}, a bare {@code %}, spaces, non-ASCII bytes) so that it parses
 * as a URI. Unescaped, Spring could not build the request's URI and the server answered an empty 400 with a stack
 * trace in the log; escaped, the path is simply one that matches nothing (a 404 problem) or a value a handler
 * refuses. Characters that are valid stay as they are, so a valid target is never changed.
 */
final class RequestTargets {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The target with every character java.net.URI refuses percent-encoded; the same string when there is none. */
  static String escape(String target) {
    StringBuilder escaped = null;
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      boolean keep = allowed(c) || (c == '%' && hex(target, i + 1) && hex(target, i + 2));
      if (keep) {
        if (escaped != null) {
          escaped.append(c);
        }
        continue;
      }
      if (escaped == null) {
        escaped = new StringBuilder(target.length() + 16).append(target, 0, i);
      }
      // Netty decodes the request line as ISO-8859-1: each char is one byte of what the client
      // sent.
      int b = c & 0xFF;
      escaped.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }
    return escaped == null ? target : escaped.toString();
  }

  private static boolean hex(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** RFC 3986's unreserved and reserved characters, less {@code [ ] #}, which java.net.URI refuses in a path. */
  private static boolean allowed(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    return "-._~:/?@!$&'()*+,;=".indexOf(c) >= 0;
  }

  private RequestTargets() {}
}
