package org.deliberation.web.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;

/** The decoy hash, now made off the start's thread, still answers an unknown e-mail's sign-in with a refusal. */
class PasswordsTest {

  private static Passwords passwords() {
    var source =
        new MapPropertySource("test", Map.of("deliberation.sessions.password-strength", "4"));
    return new Passwords(
        new Binder(ConfigurationPropertySources.from(source))
            .bindOrCreate("deliberation", DeliberationProperties.class));
  }

  @Test
  void anUnknownEmailIsRefusedEvenWithTheDecoysOwnPassword() {
    var passwords = passwords();
    assertThat(passwords.matchesNothing("not a password anyone has").block()).isFalse();
    assertThat(passwords.matchesNothing("anything").block()).isFalse();
  }

  @Test
  void aHashStillMatchesItsPasswordOnly() {
    var passwords = passwords();
    var hash = passwords.hash("correct horse").block();
    assertThat(passwords.matches("correct horse", hash).block()).isTrue();
    assertThat(passwords.matches("wrong horse", hash).block()).isFalse();
  }
}
