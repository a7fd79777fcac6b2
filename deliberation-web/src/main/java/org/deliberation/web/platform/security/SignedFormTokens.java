package org.deliberation.web.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The anti-forgery tokens, as OWASP's "signed double-submit cookie": each browser holds a random value in a cookie,
 * and its token is the HMAC, under the server's key, of that value and of the browser's session. Another site can
 * make a browser send the cookies but can neither read them nor compute the HMAC; a pair planted from elsewhere does
 * not match the victim's session. Nothing is stored on the server, so any node behind the same address (sharing the
 * key, {@code deliberation.sessions.form-secret}) accepts the token. Spring Security's CSRF filter compares what a
 * request sends with {@link #loadToken}; pages show a masked copy (a new one each time, the same token underneath).
 */
public final class SignedFormTokens implements ServerCsrfTokenRepository {

  public static final String FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";
  public static final String COOKIE = "form-key";

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  /** @param secret the shared key; blank draws a random one, so forms left open across a restart are refused */
  public SignedFormTokens(@Nullable String secret) {
    byte[] bytes;
    if (secret == null || secret.isBlank()) {
      bytes = new byte[32];
      random.nextBytes(bytes);
    } else {
      bytes = secret.getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  /** A token with the random value it was signed from, which {@link #saveToken} gives the browser. */
  record Signed(String seed, String token) implements CsrfToken {

    @Override
    public String getToken() {
      return token;
    }

    @Override
    public String getHeaderName() {
      return HEADER;
    }

    @Override
    public String getParameterName() {
      return FIELD;
    }
  }

  @Override
  public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
    var bytes = new byte[32];
    random.nextBytes(bytes);
    var seed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return Mono.fromSupplier(() -> new Signed(seed, sign(seed, session(exchange))));
  }

  @Override
  public Mono<Void> saveToken(ServerWebExchange exchange, @Nullable CsrfToken token) {
    return Mono.fromRunnable(
        () -> {
          if (token instanceof Signed signed) {
            exchange
                .getResponse()
                .addCookie(
                    ResponseCookie.from(COOKIE, signed.seed())
                        .httpOnly(true)
                        .secure(SessionCookie.secure(exchange))
                        .sameSite("Lax")
                        .path("/")
                        .build());
          }
        });
  }

  /** The token this browser's cookie calls for; empty when it has no (well-formed) cookie yet. */
  @Override
  public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
    return Mono.justOrEmpty(seed(exchange))
        .map(seed -> new Signed(seed, sign(seed, session(exchange))));
  }

  private static Optional<String> seed(ServerWebExchange exchange) {
    var cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
    return cookie == null || cookie.getValue().length() < 20 || cookie.getValue().length() > 100
        ? Optional.empty()
        : Optional.of(cookie.getValue());
  }

  /**
   * The session the token is bound to: the browser's session cookie, or none when this very response clears it (it
   * had ended), since the browser's next form then comes without it. A write is checked before anything is cleared,
   * against the cookie it carries.
   */
  private static String session(ServerWebExchange exchange) {
    return SessionCookie.ending(exchange)
        ? ""
        : SessionCookie.read(exchange.getRequest()).orElse("");
  }

  private String sign(String seed, String session) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(seed.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '\n');
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }
}
