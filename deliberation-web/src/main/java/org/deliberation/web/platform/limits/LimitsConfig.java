package org.deliberation.web.platform.limits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;

/**
 * Puts each request in its reactive context, so that a feature's service, which takes an {@code Actor} and no
 * request, is limited by the client's address all the same, for the API and the pages alike; the pages also read the
 * reader's language from it to word a refusal.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfig {

  @Bean
  ServerWebExchangeContextFilter exchangeInContext() {
    return new ServerWebExchangeContextFilter();
  }
}
