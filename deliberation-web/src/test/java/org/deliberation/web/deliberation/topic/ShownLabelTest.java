package org.deliberation.web.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A label whose words only a hidden statement used is not shown again. */
class ShownLabelTest {

  @Test
  void aLabelTheShownStatementsStillUseIsKeptEvenInflected() {
    assertThat(
            ShownLabel.of(
                "bus line", List.of("More bus lines at night.", "The bus stops too early.")))
        .isEqualTo("bus line");
    assertThat(ShownLabel.of("Écoles", List.of("Les ecoles ferment tôt."))).isEqualTo("Écoles");
  }

  @Test
  void aLabelFromAHiddenStatementGivesWayToTheFirstWordsOfTheMostRepresentativeShownOne() {
    assertThat(
            ShownLabel.of(
                "idiots in charge",
                List.of(
                    "The council should publish the sports hall budget every year.", "The budget")))
        .isEqualTo("The council should publish the…");
    assertThat(ShownLabel.of("", List.of("Short one."))).isEqualTo("Short one.");
  }
}
