package org.deliberation.web.platform.http;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entity tags of reads. A {@code ResponseEntity} with an {@code ETag} is answered 304 by Spring when the request's
 * {@code If-None-Match} matches (weak comparison, lists and {@code *}, RFC 9110 §13.1.2); what is here is how the
 * tags are made, what the caches may keep, and the revision a reader already knows.
 */
public final class EntityTags {

  /** Public data: any cache may keep it, and asks again every time before it uses it. */
  public static final CacheControl REVALIDATE = CacheControl.noCache();

  /** What depends on who asks: only the asker's own browser may keep it, and asks again every time. */
  public static final CacheControl PRIVATE_REVALIDATE = CacheControl.noCache().cachePrivate();

  private static final Pattern NUMBERED = Pattern.compile("(?:W/)?\"(\\d{1,9})\"");

  private EntityTags() {}

  /**
   * The highest revision among the tags of {@code If-None-Match} ({@code "3"}, {@code W/"3"}), 0 when none: the
   * newest revision the reader has already been given. Anything else in the header counts for nothing.
   */
  public static int highestNumber(@Nullable String ifNoneMatch) {
    if (ifNoneMatch == null || ifNoneMatch.length() > 1024) {
      return 0;
    }
    int highest = 0;
    for (var tag : ifNoneMatch.split(",", 64)) {
      var matcher = NUMBERED.matcher(tag.strip());
      if (matcher.matches()) {
        highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
      }
    }
    return highest;
  }

  /** A weak tag for this exact content: the first 16 bytes of its SHA-256, so two contents never share one. */
  public static String weakOf(byte[] content) {
    return "W/\"" + HexFormat.of().formatHex(sha256(content), 0, 16) + "\"";
  }

  /** A weak tag for these parts of a view (a revision, who asks, its language...), each part kept apart. */
  public static String weakOf(String... parts) {
    var buffer = ByteBuffer.allocate(parts.length * 4 + totalLength(parts) * 3);
    for (var part : parts) {
      var bytes = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      buffer.putInt(bytes.length).put(bytes);
    }
    var content = new byte[buffer.position()];
    buffer.flip().get(content);
    return weakOf(content);
  }

  /**
   * A JSON answer with the weak tag of its bytes: the view is written once, its tag comes from what is sent, so a
   * 304 means exactly "what you hold is what you would get".
   */
  public static ResponseEntity<byte[]> json(
      JsonMapper json, Object view, CacheControl cache, @Nullable String ifNoneMatch) {
    var bytes = json.writeValueAsBytes(view);
    var builder =
        builder(weakOf(bytes), cache, ifNoneMatch)
            .contentType(MediaType.APPLICATION_JSON)
            // A shared cache keeps one copy per credential: a moderator's answer never reaches
            // another.
            .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.COOKIE);
    return anyMatches(ifNoneMatch) ? builder.build() : builder.body(bytes);
  }

  /** A 200 with the body and its tag; Spring turns it into a 304 when a listed tag matches. */
  public static <T> ResponseEntity<T> ok(
      String etag, CacheControl cache, @Nullable String ifNoneMatch, T body) {
    var builder = builder(etag, cache, ifNoneMatch);
    return anyMatches(ifNoneMatch) ? builder.build() : builder.body(body);
  }

  // Spring's check is made for listed tags; If-None-Match: * (the resource exists) is answered
  // here.
  private static ResponseEntity.BodyBuilder builder(
      String etag, CacheControl cache, @Nullable String ifNoneMatch) {
    return ResponseEntity.status(anyMatches(ifNoneMatch) ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
        .eTag(etag)
        .cacheControl(cache);
  }

  private static boolean anyMatches(@Nullable String ifNoneMatch) {
    return ifNoneMatch != null && ifNoneMatch.strip().equals("*");
  }

  private static int totalLength(String[] parts) {
    int length = 0;
    for (var part : parts) {
      length += part.length();
    }
    return length;
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
