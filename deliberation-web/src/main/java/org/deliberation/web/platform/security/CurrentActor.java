package org.deliberation.web.platform.security;

import java.util.Optional;
import org.deliberation.core.common.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The current actor as a handler argument, resolved once by the security chain. A handler that declares {@code Actor
 * caller} runs only for a signed-in caller: without one, the request is refused with {@link SignInRequiredException}
 * (401 from the API, the sign-in page for a page). {@code Optional<Actor>} is for handlers that serve both;
 * {@link SessionAuthentication} (or its {@code Optional}) also gives the token that signed the request in.
 */
public final class CurrentActor implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    var type = parameter.nestedIfOptional().getNestedParameterType();
    return type == Actor.class || type == SessionAuthentication.class;
  }

  @Override
  public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
    boolean optional = parameter.getParameterType() == Optional.class;
    boolean whole = parameter.nestedIfOptional().getNestedParameterType() == SessionAuthentication.class;
    return of(exchange)
        .map(signedIn -> whole ? signedIn : signedIn.actor())
        .map(found -> optional ? Optional.of(found) : found)
        .switchIfEmpty(Mono.defer(() -> optional ? Mono.just(Optional.empty())
            : Mono.error(new SignInRequiredException())));
  }

  /** Who signed this request in, if anyone. */
  public static Mono<SessionAuthentication> of(ServerWebExchange exchange) {
    return exchange.getPrincipal().ofType(SessionAuthentication.class);
  }

  /** The actor of a handler that also serves visitors, where it needs one; the same refusal as a missing argument. */
  public static Actor required(Optional<Actor> caller) {
    return caller.orElseThrow(SignInRequiredException::new);
  }
}
