package org.deliberation.web.platform.security;

import java.time.Duration;
import org.deliberation.web.platform.http.ApiPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.ServerHttpSecurity.HeaderSpec;
import org.springframework.security.web.server.header.CrossOriginOpenerPolicyServerHttpHeadersWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import reactor.core.publisher.Mono;

/**
 * Headers that keep a page from running anything but this site's own scripts and styles: a Content Security Policy
 * without {@code unsafe-inline} (so an injected {@code <script>} or {@code style} attribute does nothing), no
 * framing, no MIME sniffing, no referrer sent to other sites, no camera, microphone, location or other powerful
 * feature for any page, no window shared with another site's (so a page opened from elsewhere cannot script it);
 * pages, which are personal, are not cached. Behind HTTPS, browsers are told to use nothing else.
 */
final class SecurityHeaders {

  // Images only from this site: a picture from elsewhere in a page would tell its host who reads
  // what.
  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  // Nothing on this site needs a powerful feature; denying them all means an injected frame or
  // script cannot ask.
  static final String PERMISSIONS =
      "accelerometer=(), camera=(), display-capture=(), fullscreen=(self), "
          + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), "
          + "screen-wake-lock=(), usb=(), xr-spatial-tracking=()";

  // A year, the figure browsers' preload lists ask for; subdomains are not this server's to speak
  // for.
  private static final Duration HTTPS_ONLY = Duration.ofDays(365);

  static void apply(HeaderSpec headers, boolean behindHttps) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
        .contentTypeOptions(nosniff -> {})
        .frameOptions(frames -> frames.mode(Mode.DENY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicy(permissions -> permissions.policy(PERMISSIONS))
        .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
        // Spring's no-cache set would also reach the API and the static files; pages alone get
        // theirs below.
        .cache(cache -> cache.disable())
        // Browsers dropped the XSS auditor this header steered; the policy above is what protects.
        .xssProtection(xss -> xss.disable())
        .writer(PAGES_NOT_STORED);
    if (behindHttps) {
      // A proxy ended TLS: the request reaches here as http, so Spring's writer, which looks at the
      // scheme, would not.
      headers
          .hsts(hsts -> hsts.disable())
          .writer(
              StaticServerHttpHeadersWriter.builder()
                  .header("Strict-Transport-Security", "max-age=" + HTTPS_ONLY.toSeconds())
                  .build());
    } else {
      headers.hsts(hsts -> hsts.maxAge(HTTPS_ONLY).includeSubdomains(false).preload(false));
    }
  }

  /** A page shows who is signed in and holds their form token: no cache keeps it. Scripts, styles and API may be. */
  private static final ServerHttpHeadersWriter PAGES_NOT_STORED =
      exchange -> {
        var request = exchange.getRequest();
        var path = request.getPath().pathWithinApplication().value();
        var headers = exchange.getResponse().getHeaders();
        if (!ApiPaths.isApi(request)
            && !path.startsWith("/css/")
            && !path.startsWith("/js/")
            && !path.startsWith("/favicon")
            && !headers.containsHeader(HttpHeaders.CACHE_CONTROL)) {
          headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return Mono.empty();
      };

  private SecurityHeaders() {}
}
