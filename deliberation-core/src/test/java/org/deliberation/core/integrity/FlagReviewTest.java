package org.deliberation.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlagReviewTest {

  private static final IntegritySettings SETTINGS = IntegritySettings.DEFAULTS;

  private static CoordinatedGroup group(String... members) {
    return new CoordinatedGroup(List.of(members), 0.9, true, List.of(), null);
  }

  @Test
  void independentFlaggersCountInFull() {
    var assessment =
        FlagReview.assess(
            List.of("a", "b", "c"), IntegrityReport.EMPTY, ParticipantSignals.NONE, SETTINGS);

    assertThat(assessment.independent()).isEqualTo(3);
    assertThat(assessment.coordinated()).isFalse();
    assertThat(assessment.reaches(3)).isTrue();
  }

  @Test
  void aCoordinatedGroupFlagsAsOne() {
    var report = new IntegrityReport(List.of(group("bot1", "bot2", "bot3", "bot4")));

    var assessment =
        FlagReview.assess(
            List.of("bot1", "bot2", "bot3", "bot4", "honest"),
            report,
            ParticipantSignals.NONE,
            SETTINGS);

    assertThat(assessment.flaggers()).isEqualTo(5);
    assertThat(assessment.independent()).isEqualTo(2);
    assertThat(assessment.coordinated()).isTrue();
    assertThat(assessment.reaches(3)).isFalse();
    assertThat(assessment.reasons()).hasSize(1);
  }

  @Test
  void sharedAddressesAndABurstOfFreshAccountsCountOnce() {
    var signedUp =
        Map.of(
            "new1",
            Instant.ofEpochSecond(1_000),
            "new2",
            Instant.ofEpochSecond(1_060),
            "new3",
            Instant.ofEpochSecond(1_120),
            "new4",
            Instant.ofEpochSecond(1_180),
            "new5",
            Instant.ofEpochSecond(1_240),
            "old",
            Instant.ofEpochSecond(0));
    var address = Map.of("home1", "k", "home2", "k");
    var signals = new ParticipantSignals(signedUp, address, List.of());

    var assessment =
        FlagReview.assess(
            List.of("new1", "new2", "new3", "new4", "new5", "old", "home1", "home2", "new1"),
            IntegrityReport.EMPTY,
            signals,
            SETTINGS);

    assertThat(assessment.flaggers()).isEqualTo(8);
    assertThat(assessment.independent()).isEqualTo(3); // the burst, "old", the household
    assertThat(assessment.reasons()).hasSize(2);
  }
}
