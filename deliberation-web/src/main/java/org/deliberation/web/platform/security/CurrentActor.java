package org.deliberation.web.platform.security;

import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.http.SignInRequiredException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The current actor as a handler argument, resolved once by the security chain. A handler that declares {@code Actor
 * caller} runs only for a signed-in caller: without one, the request is refused with {@link SignInRequiredException}
 * (401 from the API, the sign-in page for a page). {@code @Nullable Actor caller} is for handlers that serve visitors
 * too; {@link SessionAuthentication} also gives the token that signed the request in.
 */
public final class CurrentActor implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    var type = parameter.getParameterType();
    return type == Actor.class || type == SessionAuthentication.class;
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
    boolean whole = parameter.getParameterType() == SessionAuthentication.class;
    return of(exchange)
        .<Object>map(signedIn -> whole ? signedIn : signedIn.actor())
        // Empty: the handler gets null, which only a parameter marked @Nullable may.
        .switchIfEmpty(
            Mono.defer(
                () ->
                    parameter.isOptional()
                        ? Mono.empty()
                        : Mono.error(new SignInRequiredException())));
  }

  /** Who signed this request in, if anyone. */
  public static Mono<SessionAuthentication> of(ServerWebExchange exchange) {
    return exchange.getPrincipal().ofType(SessionAuthentication.class);
  }

  /** The actor of a handler that also serves visitors, where it needs one; the same refusal as a missing argument. */
  public static Actor required(@Nullable Actor caller) {
    if (caller == null) {
      throw new SignInRequiredException();
    }
    return caller;
  }
}
