package org.deliberation.web.platform.security;

import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.Role;
import org.deliberation.web.platform.http.ApiPaths;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import reactor.core.publisher.Mono;

/**
 * Which requests need a signed-in caller, and which a role, checked before any handler runs. Reads are public, and so
 * are signing up and signing in; every other write to the API needs a caller. The web pages are public here: a page
 * that needs a caller asks for the current actor, and a visitor without one is sent to the sign-in page.
 *
 * <p>Most role rules are not here but in the domain (a command carries its {@code Actor}, and its aggregate checks
 * it) and in the handler, because the web pages call the same handlers directly; a rule here would not see those
 * calls. Only routes no page reaches hold their role rule here.
 */
final class RouteRules {

  static void apply(AuthorizeExchangeSpec rules) {
    rules
        // What projections parked, and retrying it: admins only.
        .pathMatchers(HttpMethod.GET, "/api/admin/dead-letters")
        .access(role("list the parked events", Role.ADMIN))
        .pathMatchers(HttpMethod.HEAD, "/api/admin/dead-letters")
        .access(role("list the parked events", Role.ADMIN))
        .pathMatchers(HttpMethod.POST, "/api/admin/dead-letters/*/retry")
        .access(role("retry the parked events", Role.ADMIN))
        // Reads about the caller's own account and votes, the moderators' queue and a project's
        // integrity (their handlers check the role).
        .pathMatchers(
            HttpMethod.GET,
            "/api/participants/me",
            "/api/projects/*/votes/mine",
            "/api/moderation/queue",
            "/api/projects/*/integrity",
            "/api/projects/*/invalidations",
            "/api/petitions/*/signature",
            "/api/petitions/*/invalidations")
        .authenticated()
        .pathMatchers(HttpMethod.POST, "/api/participants", "/api/tokens")
        .permitAll()
        // A mail's one-click unsubscribe: its signed token is the authority (notification.mail).
        .pathMatchers(HttpMethod.POST, "/api/unsubscribe/*")
        .permitAll()
        .matchers(API_WRITES)
        .authenticated()
        .anyExchange()
        .permitAll();
  }

  /** Every request to the API but a read. */
  static final ServerWebExchangeMatcher API_WRITES =
      exchange ->
          !isRead(exchange.getRequest()) && ApiPaths.isApi(exchange.getRequest())
              ? ServerWebExchangeMatcher.MatchResult.match()
              : ServerWebExchangeMatcher.MatchResult.notMatch();

  /** A read: it changes nothing, so it is public unless a rule above says otherwise, and needs no form token. */
  static boolean isRead(ServerHttpRequest request) {
    var method = request.getMethod();
    return HttpMethod.GET.equals(method)
        || HttpMethod.HEAD.equals(method)
        || HttpMethod.OPTIONS.equals(method);
  }

  /** A caller without the role: refused with the domain's own words, as {@code Actor.require} says them. */
  static final class RoleRefused extends AccessDeniedException {

    RoleRefused(String detail) {
      super(detail);
    }
  }

  /** Grants a caller holding one of the roles; refuses another caller with {@link RoleRefused}. */
  static ReactiveAuthorizationManager<AuthorizationContext> role(String what, Role... roles) {
    var wanted = roles.clone();
    return (Mono<Authentication> authentication, AuthorizationContext context) ->
        authentication
            .filter(SessionAuthentication.class::isInstance)
            .map(signedIn -> ((SessionAuthentication) signedIn).actor())
            .<AuthorizationResult>flatMap(
                actor -> {
                  try {
                    actor.require(what, wanted);
                    return Mono.just(new AuthorizationDecision(true));
                  } catch (PermissionDeniedException denied) {
                    return Mono.error(new RoleRefused(denied.getMessage()));
                  }
                })
            // Nobody signed in: denied, which the entry point answers with 401.
            .defaultIfEmpty(new AuthorizationDecision(false));
  }

  private RouteRules() {}
}
