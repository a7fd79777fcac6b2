package org.deliberation.web.platform.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.adapter.DefaultServerWebExchange;
import org.springframework.web.server.handler.DefaultWebFilterChain;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import reactor.core.publisher.Mono;

/**
 * The site's real security chain ({@link SecurityConfig}) over mock exchanges, without a server: the tokens it knows
 * are the map given, and the handler behind it records who it ran for and answers 200.
 */
final class SecurityChain {

  /** What one request came to: the exchange (its response) and, when the handler ran, who for. */
  record Outcome(ServerWebExchange exchange, boolean handled, Actor caller, String formToken) {

    HttpStatus status() {
      var status = exchange.getResponse().getStatusCode();
      return status == null ? HttpStatus.OK : HttpStatus.valueOf(status.value());
    }

    String body() {
      return ((MockServerHttpResponse) exchange.getResponse())
          .getBodyAsString()
          .block(Duration.ofSeconds(5));
    }

    String header(String name) {
      return exchange.getResponse().getHeaders().getFirst(name);
    }
  }

  static final int MAX_IN_MEMORY = 512 * 1024;

  private final SecurityWebFilterChain chain;

  SecurityChain(Map<String, Actor> tokens, boolean behindHttps) {
    var properties =
        new DeliberationProperties(
            Path.of("data"),
            new DeliberationProperties.Mongodb(null, "d"),
            new DeliberationProperties.Admin(null, null),
            new DeliberationProperties.Sessions(
                Duration.ofDays(7), 10, "a key shared by every node"),
            // The security chain reads none of the rates.
            new DeliberationProperties.Limits(
                65536, false, 1000, null, null, null, null, null, null, null, null, null, null),
            new DeliberationProperties.Connections(
                Duration.ofSeconds(60), Duration.ofSeconds(10), 512),
            new DeliberationProperties.Http(behindHttps, Duration.ofSeconds(60), false));
    Callers callers = token -> Mono.justOrEmpty(tokens.get(token));
    this.chain =
        new SecurityConfig()
            .securityChain(ServerHttpSecurity.http(), new SignInManager(callers), properties);
  }

  SecurityChain(Map<String, Actor> tokens) {
    this(tokens, false);
  }

  Outcome send(MockServerHttpRequest.BaseBuilder<?> request) {
    return send(request.build());
  }

  Outcome send(MockServerHttpRequest request) {
    // As the server reads forms: whole, up to spring.codec.max-in-memory-size.
    var codecs = ServerCodecConfigurer.create();
    codecs.defaultCodecs().maxInMemorySize(MAX_IN_MEMORY);
    var exchange =
        new DefaultServerWebExchange(
            request,
            new MockServerHttpResponse(),
            new DefaultWebSessionManager(),
            codecs,
            new AcceptHeaderLocaleContextResolver());
    var caller = new AtomicReference<Actor>();
    var token = new AtomicReference<String>();
    var handled = new AtomicBoolean();
    var filters = chain.getWebFilters().collectList().block();
    new DefaultWebFilterChain(
            served -> {
              handled.set(true);
              // What a page does with the chain's results: read the current actor, show the form
              // token.
              Mono<CsrfToken> csrf = served.getAttribute(CsrfToken.class.getName());
              return CurrentActor.of(served)
                  .doOnNext(signedIn -> caller.set(signedIn.actor()))
                  .then(
                      csrf == null
                          ? Mono.empty()
                          : csrf.doOnNext(shown -> token.set(shown.getToken())).then())
                  .then(served.getResponse().setComplete());
            },
            filters)
        .filter(exchange)
        .block(Duration.ofSeconds(5));
    exchange.getResponse().setComplete().block(Duration.ofSeconds(5));
    return new Outcome(exchange, handled.get(), caller.get(), token.get());
  }
}
