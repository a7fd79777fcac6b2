package org.deliberation.web.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * What a petition tells beyond its own page: search finds it (and not once hidden), its followers are told of its
 * thresholds and its answer in the inbox and its Atom feed, its opener of its moderation, and the site's recent
 * changes show it.
 */
class PetitionNewsIT extends PetitionTestSupport {

  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> found(String words) {
    var body =
        http.get()
            .uri("/api/search?q={q}", words)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (List<Map<String, Object>>) body.get("items");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> inbox(Session reader) {
    var body =
        http.get()
            .uri("/api/notifications")
            .header(HttpHeaders.AUTHORIZATION, reader.bearer())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (List<Map<String, Object>>) body.get("items");
  }

  private void moderate(String petition, String action, String reason) {
    http.post()
        .uri("/api/petitions/{id}/moderation", petition)
        .header(HttpHeaders.AUTHORIZATION, withRoles("MODERATOR").bearer())
        .bodyValue(Map.of("action", action, "reason", reason))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void searchFindsAPetitionInNoProjectUntilItIsHidden() {
    var authority = authority("Council of the marshes", 5, 10);
    var id =
        openPetition(
            citizen(), authority, "Boardwalks over the marshes", "Build boardwalks.", "en");

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(found("boardwalks"))
                    .singleElement()
                    .satisfies(
                        item -> {
                          assertThat(item)
                              .containsEntry("type", "petition")
                              .containsEntry("id", id);
                          assertThat(item.get("project")).isNull();
                        }));

    moderate(id, "HIDE", "Off topic.");
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(found("boardwalks")).isEmpty());
    moderate(id, "RESTORE", "On topic after all.");
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(found("boardwalks")).hasSize(1));
  }

  @Test
  void followersHearOfThresholdsAndTheAnswerAndTheOpenerOfModeration() throws Exception {
    var authority = authority("Council of the bridges", 2, 3);
    var opener = citizen();
    var id = openPetition(opener, authority, "A footbridge at the mill", "Build it.", "en");
    var follower = citizen();
    http.put()
        .uri("/api/petitions/{id}/follow", id)
        .header(HttpHeaders.AUTHORIZATION, follower.bearer())
        .exchange()
        .expectStatus()
        .isOk();
    for (int i = 0; i < 3; i++) {
      sign(citizen(), id);
    }
    var official = withRoles("OFFICIAL");
    http.post()
        .uri("/api/petitions/{id}/response", id)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "The council will build it."))
        .exchange()
        .expectStatus()
        .isCreated();

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(inbox(follower))
                    .extracting(item -> item.get("kind"))
                    .containsExactly(
                        "PETITION_ANSWERED", "PETITION_ON_AGENDA", "PETITION_RESPONSE_DUE"));
    var answered = inbox(follower).get(0);
    assertThat(answered).containsEntry("petition", id);
    assertThat((String) answered.get("text")).contains("A footbridge at the mill");
    assertThat((String) inbox(follower).get(1).get("text")).contains("3 signatures");
    // The opener follows nothing: nothing of the thresholds reaches them.
    assertThat(inbox(opener)).isEmpty();

    var atom =
        http.get()
            .uri("/petitions/{id}/feed.atom", id)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    var feed = new SyndFeedInput().build(new StringReader(atom));
    assertThat(feed.getEntries()).hasSize(3);
    assertThat(feed.getEntries().get(0).getTitle()).contains("answered");

    moderate(id, "HIDE", "Duplicate of another petition.");
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(inbox(opener))
                    .singleElement()
                    .satisfies(
                        item -> {
                          assertThat(item).containsEntry("kind", "PETITION_HIDDEN");
                          assertThat((String) item.get("text"))
                              .contains("Duplicate of another petition.");
                        }));
  }

  @Test
  void anOpenerWhoErasesTheirDataIsNamedNoMoreButThePetitionStays() {
    var authority = authority("Council of the orchards", 5, 10);
    var opener = citizen();
    var id = openPetition(opener, authority, "Plant an orchard", "Apple trees on the green.", "en");
    assertThat(read(id)).containsEntry("openedBy", opener.id());
    http.delete()
        .uri("/api/participants/{id}", opener.id())
        .header(HttpHeaders.AUTHORIZATION, opener.bearer())
        .exchange()
        .expectStatus()
        .isNoContent();
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              var view = read(id);
              assertThat(view.get("openedBy")).isNull();
              assertThat(view).containsEntry("title", "Plant an orchard");
            });
  }
}
