package org.deliberation.web.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deliberation.web.testing.HttpSigners;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 300 participants sign one petition at once through HTTP, then all again (a no-op): the count is exactly
 * 300, and each threshold's reachedAt is the instant of the one signature whose answer carried the count equal to it.
 */
class PetitionConcurrencyIT extends PetitionTestSupport {

  private static final int SIGNERS = 300;
  private static final int CLIENTS = 32;

  @LocalServerPort int port;

  @Test
  void concurrentSignersAreCountedOnceEachAndEachThresholdKeepsItsCrossingInstant()
      throws Exception {
    var id = petition(authority("Council of crowds", 120, 250), "Crowded");
    var signers = new HttpSigners(port);
    var people = signers.signUp(SIGNERS, CLIENTS);
    var first = signers.sign(id, people, CLIENTS);
    var again = signers.sign(id, people, CLIENTS);

    var view = read(id);
    assertThat(view).containsEntry("signatures", SIGNERS);
    var counts = first.stream().map(HttpSigners.Signed::signatures).toList();
    for (int i = 0; i < SIGNERS; i++) {
      assertThat(again.get(i).signed()).isTrue();
      assertThat(again.get(i).signedAt()).as("signing again").isEqualTo(first.get(i).signedAt());
    }
    for (var threshold : thresholds(view)) {
      var value = (Integer) threshold.get("signatures");
      var crossing = crossing(first, value);
      assertThat(threshold.get("reachedAt")).as("%s", threshold.get("name")).isEqualTo(crossing);
    }
    assertThat(counts).as("each first signature took the count one step").doesNotHaveDuplicates();
  }

  /** The instant of the one first signature whose answer's count is the threshold. */
  private static String crossing(List<HttpSigners.Signed> answers, int threshold) {
    var instants =
        answers.stream()
            .filter(signed -> signed.signatures() == threshold)
            .map(HttpSigners.Signed::signedAt)
            .distinct()
            .toList();
    assertThat(instants).hasSize(1);
    return instants.getFirst();
  }
}
