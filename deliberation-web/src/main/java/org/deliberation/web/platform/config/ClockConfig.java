package org.deliberation.web.platform.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: every "now" (expiries, timestamps of commands and events, heartbeats) is read
 * from this bean, injected, so a test can put its own clock in its place. The build forbids reading the system clock
 * anywhere else (see the project's forbidden-apis signatures).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

  @Bean
  @SuppressForbidden("the one place that reads the system clock")
  Clock clock() {
    return Clock.systemUTC();
  }
}
