package org.deliberation.web.platform.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's settings. Environment variables bind by Spring's relaxed rules: {@code DELIBERATION_DATA_DIR},
 * {@code DELIBERATION_MONGODB_URI}, {@code DELIBERATION_ADMIN_EMAIL}, {@code DELIBERATION_ADMIN_PASSWORD}.
 *
 * @param dataDir where the embedded store and the search index live
 */
@ConfigurationProperties("deliberation")
public record DeliberationProperties(
    @DefaultValue("data") Path dataDir,
    @DefaultValue Mongodb mongodb,
    @DefaultValue Admin admin,
    @DefaultValue Sessions sessions,
    @DefaultValue Limits limits,
    @DefaultValue Connections connections,
    @DefaultValue Http http) {

  /**
   * @param uri a MongoDB connection string; blank starts the embedded store under the data folder
   * @param database the database that holds events, tokens and read models
   */
  public record Mongodb(@Nullable String uri, @DefaultValue("deliberation") String database) {

    public boolean embedded() {
      return uri == null || uri.isBlank();
    }
  }

  /** The first admin, created at start-up when no participant has this e-mail. */
  public record Admin(@Nullable String email, @Nullable String password) {}

  /**
   * @param lifetime how long a sign-in token stays valid
   * @param passwordStrength the BCrypt cost; tests lower it to keep the suite fast
   * @param formSecret the key that signs the web pages' anti-forgery tokens; servers behind one address share it.
   *     Blank: a random key per start, so a form left open across a restart asks to be sent again
   */
  public record Sessions(
      @DefaultValue("7d") Duration lifetime,
      @DefaultValue("10") int passwordStrength,
      @Nullable String formSecret) {}

  /** @param pageBytes the largest page text accepted, in UTF-8 bytes */
  public record Limits(@DefaultValue("65536") int pageBytes) {

    /** Whether a Markdown text (a page, an authority's response) is within the limit, in the UTF-8 it is stored in. */
    public boolean fits(String markdown) {
      return markdown.getBytes(StandardCharsets.UTF_8).length <= pageBytes;
    }
  }

  /**
   * The HTTP server's connection defences.
   *
   * @param idleTimeout how long a connection may stay silent between requests (or before its first) before it is
   *     closed; an answer in progress, such as an event stream, is never cut
   * @param headerTimeout how long a request may take to send its headers, from its first byte
   * @param perAddress how many connections one client address may hold open at once
   */
  public record Connections(
      @DefaultValue("60s") Duration idleTimeout,
      @DefaultValue("10s") Duration headerTimeout,
      @DefaultValue("512") int perAddress) {}

  /**
   * @param behindHttps the server is reached through HTTPS (a proxy ends TLS): browsers are then told to use HTTPS
   *     only (Strict-Transport-Security)
   * @param requestDeadline the longest any answer but an event stream may take; past it the request gets a 503
   */
  public record Http(
      @DefaultValue("false") boolean behindHttps, @DefaultValue("60s") Duration requestDeadline) {}
}
