package org.deliberation.web.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The limits' settings bind from the environment variables the README names, and default to on. */
class LimitSettingsTest {

  private static DeliberationProperties bind(Map<String, Object> environment) {
    var source =
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
    return new Binder(ConfigurationPropertySources.from(source))
        .bindOrCreate("deliberation", DeliberationProperties.class);
  }

  @Test
  void onByDefaultWithGenerousVotes() {
    var limits = bind(Map.of()).limits();
    assertThat(limits.enabled()).isTrue();
    assertThat(limits.signIn().account()).isEqualTo(5);
    assertThat(limits.signIn().period()).isEqualTo(Duration.ofMinutes(15));
    assertThat(limits.votes().participant()).isGreaterThanOrEqualTo(1000);
    assertThat(bind(Map.of()).http().forwardedFor()).isFalse();
  }

  @Test
  void theReadmesVariablesSetThem() {
    var properties =
        bind(
            Map.of(
                "DELIBERATION_LIMITS_ENABLED", "false",
                "DELIBERATION_LIMITS_SIGN_IN_MAX_WAIT", "2h",
                "DELIBERATION_LIMITS_SIGN_UP_ADDRESS", "3",
                "DELIBERATION_LIMITS_VOTES_PARTICIPANT", "7",
                "DELIBERATION_LIMITS_MAX_KEYS", "50",
                "DELIBERATION_HTTP_FORWARDED_FOR", "true"));
    var limits = properties.limits();
    assertThat(limits.enabled()).isFalse();
    assertThat(limits.signIn().maxWait()).isEqualTo(Duration.ofHours(2));
    assertThat(limits.signUp().address()).isEqualTo(3);
    assertThat(limits.votes().participant()).isEqualTo(7);
    assertThat(limits.maxKeys()).isEqualTo(50);
    assertThat(properties.http().forwardedFor()).isTrue();
  }
}
