package org.deliberation.web.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantParameterTest {

  @Test
  void parsesAnIsoInstant() {
    assertThat(InstantParameter.parse("at", " 2026-03-01T18:00:00Z "))
        .isEqualTo(Instant.parse("2026-03-01T18:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-999999999-01-01T00:00:00Z",
        "+999999999-12-31T23:59:59Z",
        "0000-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z",
        "yesterday",
        "",
        "2026-13-01T00:00:00Z"
      })
  void refusesWhatIsNotAnInstantOfOurEra(String value) {
    assertThatThrownBy(() -> InstantParameter.parse("at", value))
        .isInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(((BadRequestException) e).field()).isEqualTo("at"));
  }

  @Test
  void shownPathsAreOneLineOfPrintableText() {
    assertThat(ClientErrorLog.shown("/a\r\nFAKE LOG LINE\u202e")).isEqualTo("/a??FAKE LOG LINE?");
    assertThat(ClientErrorLog.shown("/" + "x".repeat(500))).hasSize(201).endsWith("…");
  }
}
