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

  /**
   * Sizes, and how often each action may be taken (see docs/hardening.md, "Limits"). Each rate is a number of actions
   * per period, coming back gradually over it; it is counted on each node apart.
   *
   * @param pageBytes the largest page text accepted, in UTF-8 bytes
   * @param enabled false turns every rate limit off ({@code DELIBERATION_LIMITS_ENABLED=false}): for load benchmarks
   *     and acceptance suites that sign many participants up from one address
   * @param maxKeys how many (limit, key) pairs one node tracks at once; past it the least recently used are forgotten,
   *     so that no flood of addresses or e-mails grows the memory without bound
   */
  public record Limits(
      @DefaultValue("65536") int pageBytes,
      @DefaultValue("true") boolean enabled,
      @DefaultValue("100000") int maxKeys,
      @DefaultValue SignIn signIn,
      @DefaultValue SignUp signUp,
      @DefaultValue Statements statements,
      @DefaultValue Edits edits,
      @DefaultValue Flags flags,
      @DefaultValue Votes votes,
      @DefaultValue Imports imports,
      @DefaultValue Signatures signatures,
      @DefaultValue Petitions petitions,
      @DefaultValue Follows follows) {

    /** Whether a Markdown text (a page, an authority's response) is within the limit, in the UTF-8 it is stored in. */
    public boolean fits(String markdown) {
      return markdown.getBytes(StandardCharsets.UTF_8).length <= pageBytes;
    }
  }

  /** An action counted against the participant who takes it and against the client address it comes from. */
  public interface Allowance {

    /** How many per participant in a period. */
    int participant();

    /** How many per client address in a period: several people may share one (a school, a mobile network). */
    int address();

    Duration period();
  }

  /**
   * Failed sign-ins, per account (its e-mail) and per client address apart. Once either is used up, each further
   * failure doubles the wait, up to {@code maxWait}; a success clears the account's count.
   */
  public record SignIn(
      @DefaultValue("5") int account,
      @DefaultValue("20") int address,
      @DefaultValue("15m") Duration period,
      @DefaultValue("1h") Duration maxWait) {}

  /** Sign-ups per client address. */
  public record SignUp(@DefaultValue("10") int address, @DefaultValue("1h") Duration period) {}

  /** Statements and viewpoints posted. */
  public record Statements(
      @DefaultValue("30") int participant,
      @DefaultValue("120") int address,
      @DefaultValue("1h") Duration period)
      implements Allowance {}

  /** Page edits and reverts. */
  public record Edits(
      @DefaultValue("60") int participant,
      @DefaultValue("240") int address,
      @DefaultValue("1h") Duration period)
      implements Allowance {}

  /** Statements reported to the moderators. */
  public record Flags(
      @DefaultValue("20") int participant,
      @DefaultValue("80") int address,
      @DefaultValue("1h") Duration period)
      implements Allowance {}

  /** Votes: generous, since a person may vote on hundreds of statements in one sitting. */
  public record Votes(
      @DefaultValue("2000") int participant,
      @DefaultValue("10000") int address,
      @DefaultValue("1h") Duration period)
      implements Allowance {}

  /** Petition signatures and withdrawals: a person signs a few petitions, a shared address many. */
  public record Signatures(
      @DefaultValue("200") int participant,
      @DefaultValue("5000") int address,
      @DefaultValue("1h") Duration period)
      implements Allowance {}

  /** Petitions opened: each is kept in memory, indexed and listed, so a person opens a few a day. */
  public record Petitions(
      @DefaultValue("5") int participant,
      @DefaultValue("50") int address,
      @DefaultValue("1d") Duration period)
      implements Allowance {}

  /** Follows and unfollows: each one is an event, so toggling is counted. */
  public record Follows(
      @DefaultValue("120") int participant,
      @DefaultValue("1200") int address,
      @DefaultValue("1h") Duration period)
      implements Allowance {}

  /** Pol.is imports started, per moderator. */
  public record Imports(@DefaultValue("10") int moderator, @DefaultValue("1h") Duration period) {}

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
   * @param forwardedFor the proxy in front appends the client's address to {@code X-Forwarded-For}: its last entry is
   *     then the client address that limits count by. Off, the header is ignored (anyone can write it) and the
   *     connection's own remote address is used
   */
  public record Http(
      @DefaultValue("false") boolean behindHttps,
      @DefaultValue("60s") Duration requestDeadline,
      @DefaultValue("false") boolean forwardedFor) {}
}
