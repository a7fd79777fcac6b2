package org.deliberation.web.platform.security;

import org.deliberation.web.platform.http.ApiPaths;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Headers that keep a page from running anything but this site's own scripts and styles: a Content Security Policy
 * without {@code unsafe-inline} (so an injected {@code <script>} or {@code style} attribute does nothing), no
 * framing, no MIME sniffing, no referrer sent to other sites, no camera, microphone, location or other powerful
 * feature for any page, no window shared with another site's (so a page opened from elsewhere cannot script it);
 * pages, which are personal, are not cached. Behind HTTPS, browsers are told to use nothing else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SecurityHeadersFilter implements WebFilter {

  // Images only from this site: a picture from elsewhere in a page would tell its host who reads what.
  public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  // Nothing on this site needs a powerful feature; denying them all means an injected frame or script cannot ask.
  static final String PERMISSIONS = "accelerometer=(), camera=(), display-capture=(), fullscreen=(self), "
      + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), "
      + "screen-wake-lock=(), usb=(), xr-spatial-tracking=()";

  private final boolean behindHttps;

  public SecurityHeadersFilter(DeliberationProperties properties) {
    this.behindHttps = properties.http().behindHttps();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var headers = exchange.getResponse().getHeaders();
    headers.set("Content-Security-Policy", POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("Permissions-Policy", PERMISSIONS);
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    if (behindHttps || "https".equals(exchange.getRequest().getURI().getScheme())) {
      // A year, the figure browsers' preload lists ask for; subdomains are not this server's to speak for.
      headers.set("Strict-Transport-Security", "max-age=31536000");
    }
    var path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (!ApiPaths.isApi(exchange.getRequest()) && !path.startsWith("/css/") && !path.startsWith("/js/")
        && !path.startsWith("/favicon")) {
      headers.set("Cache-Control", "no-store"); // a page shows who is signed in and holds their form token
    }
    return chain.filter(exchange);
  }
}
