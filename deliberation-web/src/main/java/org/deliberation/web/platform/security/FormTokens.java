package org.deliberation.web.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Anti-forgery tokens for the pages' forms and scripts, as OWASP's "signed double-submit cookie": each browser holds
 * a random value in a cookie, and every form or script write sends the HMAC, under the server's key, of that value
 * and of the browser's session. Another site can make a browser send the cookies but can neither read them nor
 * compute the HMAC; a pair planted from elsewhere does not match the victim's session. Nothing is stored on the
 * server, so any node behind the same address (sharing the key) accepts the token.
 */
@Component
public class FormTokens {

  public static final String FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";
  static final String COOKIE = "form-key";
  private static final String ISSUED = FormTokens.class.getName() + ".issued";

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public FormTokens(DeliberationProperties properties) {
    var secret = properties.sessions().formSecret();
    byte[] bytes;
    if (secret == null || secret.isBlank()) {
      bytes = new byte[32];
      random.nextBytes(bytes);
    } else {
      bytes = secret.getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  /** The token for this browser's forms; gives the browser its random cookie first when it has none. */
  public String tokenFor(ServerWebExchange exchange) {
    // The session the page is shown to: none when its cookie was just found expired (and is being cleared).
    var session = Authentication.caller(exchange).isPresent()
        ? SessionCookie.read(exchange.getRequest()).orElse("") : "";
    String issued = exchange.getAttribute(ISSUED);
    if (issued != null) {
      return sign(issued, session);
    }
    var seed = seed(exchange.getRequest()).orElseGet(() -> {
      var bytes = new byte[32];
      random.nextBytes(bytes);
      var fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, fresh)
          .httpOnly(true).secure(SessionCookie.secure(exchange)).sameSite("Lax").path("/").build());
      return fresh;
    });
    exchange.getAttributes().put(ISSUED, seed);
    return sign(seed, session);
  }

  /** Whether the token sent with a write is the one this browser's cookie calls for. */
  public boolean accepts(ServerHttpRequest request, @Nullable String submitted) {
    if (submitted == null || submitted.length() > 100) {
      return false;
    }
    var session = SessionCookie.read(request).orElse("");
    return seed(request)
        .map(seed -> MessageDigest.isEqual(sign(seed, session).getBytes(StandardCharsets.US_ASCII),
            submitted.getBytes(StandardCharsets.US_ASCII)))
        .orElse(false);
  }

  private static Optional<String> seed(ServerHttpRequest request) {
    var cookie = request.getCookies().getFirst(COOKIE);
    return cookie == null || cookie.getValue().length() < 20 || cookie.getValue().length() > 100
        ? Optional.empty() : Optional.of(cookie.getValue());
  }

  private String sign(String seed, String session) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(seed.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '\n');
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
          session.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }
}
