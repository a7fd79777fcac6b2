package org.deliberation.web.platform.security;

import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * The whole of the site's security, in the order a request meets it: the headers every answer carries; the pages'
 * anti-forgery check on writes a browser could be tricked into ({@link FormProtection}, {@link SignedFormTokens});
 * the sign-in, by bearer token or session cookie ({@link SignInConverter}, {@link SignInManager}); then the route
 * rules ({@link RouteRules}). Every refusal is written by {@link Refusals}. Nothing is kept between requests: no
 * server session, no saved request, no login or logout page, no basic authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfig {

  static {
    // Handlers' Actor arguments come from the sign-in, not from the request's parameters or body.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, SessionAuthentication.class);
  }

  @Bean
  SecurityWebFilterChain securityChain(
      ServerHttpSecurity http, SignInManager signIn, DeliberationProperties properties) {
    var refusals = new Refusals();
    var authentication = new AuthenticationWebFilter(signIn);
    authentication.setServerAuthenticationConverter(new SignInConverter());
    authentication.setAuthenticationFailureHandler(refusals);
    authentication.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    return http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .anonymous(anonymous -> anonymous.disable())
        .headers(headers -> SecurityHeaders.apply(headers, properties.http().behindHttps()))
        .csrf(
            csrf ->
                csrf.requireCsrfProtectionMatcher(new FormProtection())
                    .csrfTokenRepository(new SignedFormTokens(properties.sessions().formSecret()))
                    .csrfTokenRequestHandler(new FormTokenRequests())
                    .accessDeniedHandler(refusals))
        .addFilterAt(authentication, SecurityWebFiltersOrder.AUTHENTICATION)
        .authorizeExchange(RouteRules::apply)
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .build();
  }

  /** Spring Security's firewall stays as strict as it comes; only its refusal is written in the site's shape. */
  @Bean
  ServerExchangeRejectedHandler rejectedRequests() {
    return new RejectedRequests();
  }

  @Bean
  WebFluxConfigurer currentActorArguments() {
    return new WebFluxConfigurer() {
      @Override
      public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new CurrentActor());
      }
    };
  }
}
