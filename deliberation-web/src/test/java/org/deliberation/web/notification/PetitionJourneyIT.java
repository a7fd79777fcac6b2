package org.deliberation.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The petitions' journey over HTTP, end to end: a citizen opens a petition, a follower asks for mail, others sign
 * it past both thresholds, an official finds it on the authority's agenda and answers it; the follower hears of each
 * step in the inbox, the petition's Atom feed and by e-mail (a real SMTP server in this JVM).
 */
class PetitionJourneyIT extends NotificationTestSupport {

  @SuppressWarnings("unchecked")
  private <T> T read(String path, Object... variables) {
    return (T)
        http.get()
            .uri(path, variables)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPetitionReachesTheAgendaIsAnsweredAndItsFollowerIsToldEverywhere() throws Exception {
    var authority = authority("Harbour board", 2, 3);
    var petition =
        openPetition(citizen(), authority, "Night ferries", "Run the ferry until midnight.", "en");
    var follower = citizen();
    http.put()
        .uri("/api/petitions/{id}/follow", petition)
        .header(HttpHeaders.AUTHORIZATION, follower.bearer())
        .bodyValue(Map.of("email", true))
        .exchange()
        .expectStatus()
        .isOk();
    await().until(() -> followersOf("petition:" + petition) == 1);

    List<Map<String, Object>> agenda =
        (List<Map<String, Object>>)
            this.<Map<String, Object>>read("/api/authorities/{id}/agenda", authority).get("items");
    assertThat(agenda).isEmpty();
    for (int i = 0; i < 3; i++) {
      http.put()
          .uri("/api/petitions/{id}/signature", petition)
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .exchange()
          .expectStatus()
          .isOk();
    }
    agenda =
        (List<Map<String, Object>>)
            this.<Map<String, Object>>read("/api/authorities/{id}/agenda", authority).get("items");
    assertThat(agenda).extracting(item -> item.get("petition")).containsExactly(petition);
    http.post()
        .uri("/api/petitions/{id}/response", petition)
        .header(HttpHeaders.AUTHORIZATION, withRoles("OFFICIAL").bearer())
        .bodyValue(Map.of("markdown", "The board will run a trial in the summer."))
        .exchange()
        .expectStatus()
        .isCreated();
    Map<String, Object> answered = read("/api/petitions/{id}", petition);
    assertThat(answered).containsEntry("state", "ANSWERED").containsEntry("signatures", 3);

    var told = List.of("PETITION_ANSWERED", "PETITION_ON_AGENDA", "PETITION_RESPONSE_DUE");
    await().untilAsserted(() -> assertThat(kinds(follower)).containsExactlyElementsOf(told));
    await().until(() -> to(follower).size() == 3);
    assertThat(to(follower))
        .extracting(mail -> mail.getSubject())
        .containsExactly(
            "“Night ferries” reached 2 signatures: the authority owes it an answer.",
            "“Night ferries” reached 3 signatures: it is on the authority’s agenda.",
            "The authority answered the petition “Night ferries”.");
    assertThat((String) to(follower).getLast().getContent())
        .contains("https://site.test/petitions/" + petition);

    var atom =
        http.get()
            .uri("/petitions/{id}/feed.atom", petition)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    var feed = new SyndFeedInput().build(new StringReader(atom));
    assertThat(feed.getTitle()).isEqualTo("Night ferries");
    assertThat(feed.getEntries())
        .extracting(entry -> entry.getTitle())
        .containsExactly(
            "The authority answered the petition “Night ferries”.",
            "“Night ferries” reached 3 signatures: it is on the authority’s agenda.",
            "“Night ferries” reached 2 signatures: the authority owes it an answer.");
  }
}
