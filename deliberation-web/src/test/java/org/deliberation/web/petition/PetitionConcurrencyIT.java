package org.deliberation.web.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deliberation.web.testing.HttpSigners;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

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

  @Test
  void twoOfficialsOpeningAWikiprojectFromOnePetitionAtOnceMakeOne() throws Exception {
    var id = petition(authority("Council of haste", 5, 10), "Opened twice");
    var officials = List.of(withRoles("OFFICIAL"), withRoles("OFFICIAL"));
    var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
    var created = new java.util.concurrent.ConcurrentLinkedQueue<String>();
    var start = new java.util.concurrent.CountDownLatch(1);
    var threads = new java.util.ArrayList<Thread>();
    for (var official : officials) {
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    var result =
                        http.post()
                            .uri("/api/petitions/{id}/project", id)
                            .header(HttpHeaders.AUTHORIZATION, official.bearer())
                            .exchange()
                            .expectBody(java.util.Map.class)
                            .returnResult();
                    statuses.add(result.getStatus().value());
                    if (result.getStatus().value() == 201) {
                      created.add((String) result.getResponseBody().get("id"));
                    }
                  }));
    }
    start.countDown();
    for (var thread : threads) {
      thread.join();
    }

    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    assertThat(read(id)).containsEntry("project", created.peek());
    // The loser's slug was given back: no second project stands under it. Either may have reserved
    // the plain slug first, so the loser's is whichever the winner does not have.
    var slug =
        (String)
            http.get()
                .uri("/api/projects/{id}", created.peek())
                .exchange()
                .expectBody(java.util.Map.class)
                .returnResult()
                .getResponseBody()
                .get("slug");
    assertThat(slug).isIn("opened-twice", "opened-twice-2");
    var other = slug.equals("opened-twice") ? "opened-twice-2" : "opened-twice";
    http.get().uri("/api/projects/{id}", other).exchange().expectStatus().isNotFound();
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
