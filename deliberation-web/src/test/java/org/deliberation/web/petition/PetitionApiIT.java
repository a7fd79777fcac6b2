package org.deliberation.web.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Authorities and petitions over HTTP: each endpoint's happy path, refusals by role, bad input, unknown ids. */
@SuppressWarnings("unchecked")
class PetitionApiIT extends PetitionTestSupport {

  @Nested
  class Authorities {

    @Test
    void anAdminRecordsAnAuthorityThatAnyoneReads() {
      var response =
          http.post()
              .uri("/api/authorities")
              .header(HttpHeaders.AUTHORIZATION, admin().bearer())
              .bodyValue(
                  Map.of(
                      "name", "Town council", "thresholds", Map.of("response", 10, "agenda", 20)))
              .exchange()
              .expectStatus()
              .isCreated()
              .expectHeader()
              .value(
                  HttpHeaders.LOCATION,
                  location -> assertThat(location).startsWith("/api/authorities/"))
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody();
      assertThat(response)
          .containsEntry("name", "Town council")
          .containsEntry("thresholds", Map.of("response", 10, "agenda", 20));
      var id = (String) response.get("id");
      http.get().uri("/api/authorities/{id}", id).exchange().expectStatus().isOk();
      http.get()
          .uri("/api/authorities")
          .exchange()
          .expectBody()
          .jsonPath("$.items[?(@.id == '" + id + "')].name")
          .isEqualTo("Town council");
      http.get()
          .uri("/api/authorities/{id}/agenda", id)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.items")
          .isEmpty();
    }

    @Test
    void onlyAdminsRecordOne() {
      http.post()
          .uri("/api/authorities")
          .header(HttpHeaders.AUTHORIZATION, withRoles("OFFICIAL").bearer())
          .bodyValue(Map.of("name", "C", "thresholds", Map.of("response", 1, "agenda", 2)))
          .exchange()
          .expectStatus()
          .isForbidden();
      http.post()
          .uri("/api/authorities")
          .bodyValue(Map.of("name", "C", "thresholds", Map.of("response", 1, "agenda", 2)))
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }

    @Test
    void badThresholdsAreRefusedWithTheFieldAtFault() {
      var admin = admin();
      for (var body :
          List.of(
              Map.of("name", "C", "thresholds", Map.of("response", 20, "agenda", 10)),
              Map.of("name", "C", "thresholds", Map.of("response", 0, "agenda", 10)),
              Map.of("name", "C"),
              Map.of("name", " ", "thresholds", Map.of("response", 1, "agenda", 10)))) {
        http.post()
            .uri("/api/authorities")
            .header(HttpHeaders.AUTHORIZATION, admin.bearer())
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.errors[0].field")
            .value(
                field ->
                    assertThat((String) field).isIn("thresholds", "thresholds.response", "name"));
      }
    }

    @Test
    void anUnknownAuthorityIsNotFound() {
      http.get().uri("/api/authorities/nope").exchange().expectStatus().isNotFound();
      http.get().uri("/api/authorities/nope/agenda").exchange().expectStatus().isNotFound();
    }
  }

  @Nested
  class Petitions {

    @Test
    void aCitizenOpensAPetitionShownWithItsThresholdsAndHtml() {
      var authority = authority("Council of petitions", 5, 10);
      var id = petition(authority, "Bus lanes");
      var view = read(id);
      assertThat(view)
          .containsEntry("title", "Bus lanes")
          .containsEntry("text", "We ask **this**.")
          .containsEntry("authority", authority)
          .containsEntry("state", "OPEN")
          .containsEntry("signatures", 0)
          .doesNotContainKeys("response", "project", "onAgendaSince");
      assertThat((String) view.get("html")).contains("<strong>this</strong>");
      assertThat(thresholds(view))
          .extracting(t -> t.get("name"), t -> t.get("signatures"), t -> t.get("reachedAt"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("response", 5, null),
              org.assertj.core.groups.Tuple.tuple("agenda", 10, null));
      assertThat(thresholds(view)).allSatisfy(t -> assertThat(t).doesNotContainKey("reachedAt"));
      http.get()
          .uri("/api/petitions?authority={a}", authority)
          .exchange()
          .expectBody()
          .jsonPath("$.items[0].id")
          .isEqualTo(id);
    }

    @Test
    void theListIsByAuthorityMostSignedFirstInPagesAndByState() {
      var authority = authority("Council of lists", 5, 10);
      var quiet = petition(authority, "Quiet");
      var popular = petition(authority, "Popular");
      sign(citizen(), popular);
      var first =
          http.get()
              .uri("/api/petitions?authority={a}&limit=1", authority)
              .exchange()
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody();
      assertThat((List<Map<String, Object>>) first.get("items"))
          .extracting(item -> item.get("id"))
          .containsExactly(popular);
      http.get()
          .uri("/api/petitions?authority={a}&limit=1&cursor={c}", authority, first.get("next"))
          .exchange()
          .expectBody()
          .jsonPath("$.items[0].id")
          .isEqualTo(quiet)
          .jsonPath("$.next")
          .doesNotExist();
      http.post()
          .uri("/api/petitions/{id}/close", quiet)
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .bodyValue(Map.of())
          .exchange()
          .expectStatus()
          .isForbidden();
      http.post()
          .uri("/api/petitions/{id}/close", quiet)
          .header(HttpHeaders.AUTHORIZATION, withRoles("OFFICIAL").bearer())
          .bodyValue(Map.of("reason", "Six months passed."))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.state")
          .isEqualTo("CLOSED");
      http.get()
          .uri("/api/petitions?authority={a}&state=CLOSED", authority)
          .exchange()
          .expectBody()
          .jsonPath("$.items[0].id")
          .isEqualTo(quiet)
          .jsonPath("$.items.length()")
          .isEqualTo(1);
      http.put()
          .uri("/api/petitions/{id}/signature", quiet)
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .exchange()
          .expectStatus()
          .isEqualTo(409);
    }

    @Test
    void openingNeedsASignedInCallerAndAKnownAuthority() {
      var body = Map.of("title", "T", "text", "X", "authority", "nope", "language", "en");
      http.post().uri("/api/petitions").bodyValue(body).exchange().expectStatus().isUnauthorized();
      http.post()
          .uri("/api/petitions")
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("authority");
      http.post()
          .uri("/api/petitions")
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .bodyValue(Map.of("title", "", "text", "X", "authority", "a", "language", "de"))
          .exchange()
          .expectStatus()
          .isBadRequest();
      http.get().uri("/api/petitions?state=SOMETIMES").exchange().expectStatus().isBadRequest();
      http.get().uri("/api/petitions?limit=0").exchange().expectStatus().isBadRequest();
      http.get().uri("/api/petitions?cursor=-1").exchange().expectStatus().isBadRequest();
      http.get()
          .uri("/api/petitions?cursor=2147483647&limit=200")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.items")
          .isEmpty();
      http.get().uri("/api/petitions/nope").exchange().expectStatus().isNotFound();
      http.put()
          .uri("/api/petitions/nope/signature")
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .exchange()
          .expectStatus()
          .isNotFound();
    }

    @Test
    void signingIsIdempotentWithdrawingCountsDownAndAreasAreTheDeclaredOnes() {
      var id = petition(authority("Council of signatures", 50, 100), "Trees");
      var london = citizenAt("SW1A 1AA");
      var paris = citizenAt("75011");
      var nowhere = citizen();
      assertThat(sign(london, id)).containsEntry("signatures", 1).containsEntry("signed", true);
      var again = sign(london, id);
      assertThat(again).containsEntry("signatures", 1).containsEntry("signed", true);
      sign(paris, id);
      sign(nowhere, id);
      var view = read(id);
      assertThat(view).containsEntry("signatures", 3);
      assertThat(view.get("areas"))
          .isEqualTo(
              List.of(
                  Map.of("area", "75", "signatures", 1), Map.of("area", "SW1A", "signatures", 1)));
      http.get()
          .uri("/api/petitions/{id}/signature", id)
          .header(HttpHeaders.AUTHORIZATION, paris.bearer())
          .exchange()
          .expectBody()
          .jsonPath("$.signed")
          .isEqualTo(true);
      http.delete()
          .uri("/api/petitions/{id}/signature", id)
          .header(HttpHeaders.AUTHORIZATION, paris.bearer())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.signatures")
          .isEqualTo(2)
          .jsonPath("$.signed")
          .isEqualTo(false);
      assertThat(read(id).get("areas")).isEqualTo(List.of(Map.of("area", "SW1A", "signatures", 1)));
      http.put()
          .uri("/api/petitions/{id}/signature", id)
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }
  }

  @Nested
  class ThresholdsAndTheAgenda {

    @Test
    void eachThresholdIsReachedAtTheInstantOfTheSignatureThatCrossedIt() {
      var authority = authority("Council of thresholds", 2, 3);
      var id = petition(authority, "A park");
      var signedAt = new java.util.ArrayList<Object>();
      for (int i = 0; i < 4; i++) {
        signedAt.add(sign(citizen(), id).get("signedAt"));
      }
      var view = read(id);
      assertThat(thresholds(view).get(0).get("reachedAt")).isEqualTo(signedAt.get(1));
      assertThat(thresholds(view).get(1).get("reachedAt")).isEqualTo(signedAt.get(2));
      assertThat(view.get("onAgendaSince")).isEqualTo(signedAt.get(2));
      http.get()
          .uri("/api/authorities/{id}/agenda", authority)
          .exchange()
          .expectBody()
          .jsonPath("$.items[0].petition")
          .isEqualTo(id)
          .jsonPath("$.items[0].since")
          .isEqualTo(signedAt.get(2));
    }

    @Test
    void anOfficialAnswersAndOpensAWikiprojectThatTheAgendaLinks() {
      var authority = authority("Council of answers", 1, 1);
      var id = petition(authority, "Night buses");
      sign(citizen(), id);
      var official = withRoles("OFFICIAL");
      http.post()
          .uri("/api/petitions/{id}/response", id)
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .bodyValue(Map.of("markdown", "Yes."))
          .exchange()
          .expectStatus()
          .isForbidden();
      http.post()
          .uri("/api/petitions/{id}/response", id)
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(Map.of("markdown", ""))
          .exchange()
          .expectStatus()
          .isBadRequest();
      http.post()
          .uri("/api/petitions/{id}/response", id)
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(Map.of("markdown", "The council **agrees**."))
          .exchange()
          .expectStatus()
          .isCreated()
          .expectBody()
          .jsonPath("$.state")
          .isEqualTo("ANSWERED")
          .jsonPath("$.response.html")
          .value(html -> assertThat((String) html).contains("<strong>agrees</strong>"));
      http.post()
          .uri("/api/petitions/{id}/project", id)
          .header(HttpHeaders.AUTHORIZATION, withRoles("MODERATOR").bearer())
          .exchange()
          .expectStatus()
          .isForbidden();
      var project =
          (String)
              http.post()
                  .uri("/api/petitions/{id}/project", id)
                  .header(HttpHeaders.AUTHORIZATION, official.bearer())
                  .exchange()
                  .expectStatus()
                  .isCreated()
                  .expectBody(Map.class)
                  .returnResult()
                  .getResponseBody()
                  .get("id");
      assertThat(read(id)).containsEntry("project", project);
      http.get()
          .uri("/api/projects/{id}", project)
          .exchange()
          .expectBody()
          .jsonPath("$.title")
          .isEqualTo("Night buses")
          .jsonPath("$.authority")
          .isEqualTo("Council of answers")
          // The two link both ways.
          .jsonPath("$.petition")
          .isEqualTo(id);
      http.post()
          .uri("/api/petitions/{id}/project", id)
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .exchange()
          .expectStatus()
          .isEqualTo(409);
      http.get()
          .uri("/api/authorities/{id}/agenda", authority)
          .exchange()
          .expectBody()
          .jsonPath("$.items[0].project")
          .isEqualTo(project)
          .jsonPath("$.items[0].state")
          .isEqualTo("ANSWERED");
      http.post()
          .uri("/api/petitions/nope/response")
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(Map.of("markdown", "x"))
          .exchange()
          .expectStatus()
          .isNotFound();
    }
  }

  @Nested
  class Moderation {

    @Test
    void aHiddenPetitionLeavesTheListsAndTakesNoSignatureUntilRestored() {
      var authority = authority("Council of moderation", 5, 10);
      var id = petition(authority, "Hidden one");
      var moderator = withRoles("MODERATOR");
      http.post()
          .uri("/api/petitions/{id}/moderation", id)
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .bodyValue(Map.of("action", "HIDE", "reason", "spam"))
          .exchange()
          .expectStatus()
          .isForbidden();
      http.post()
          .uri("/api/petitions/{id}/moderation", id)
          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
          .bodyValue(Map.of("action", "HIDE"))
          .exchange()
          .expectStatus()
          .isBadRequest();
      http.post()
          .uri("/api/petitions/{id}/moderation", id)
          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
          .bodyValue(Map.of("action", "HIDE", "reason", "Insults are not allowed."))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.hidden")
          .isEqualTo(true);
      http.get().uri("/api/petitions/{id}", id).exchange().expectStatus().isNotFound();
      http.get()
          .uri("/api/petitions?authority={a}", authority)
          .exchange()
          .expectBody()
          .jsonPath("$.items")
          .isEmpty();
      http.put()
          .uri("/api/petitions/{id}/signature", id)
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .exchange()
          .expectStatus()
          .isNotFound();
      http.post()
          .uri("/api/petitions/{id}/moderation", id)
          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
          .bodyValue(Map.of("action", "RESTORE", "reason", "On appeal."))
          .exchange()
          .expectStatus()
          .isOk();
      sign(citizen(), id);
    }

    @Test
    void anInvalidationIsPreviewedThenRecordedAndKeepsTheThresholdReached() {
      var id = petition(authority("Council of invalidations", 2, 3), "Fraud");
      var honest = citizen();
      var bots = List.of(citizen(), citizen());
      sign(honest, id);
      var reachedAt = bots.stream().map(bot -> sign(bot, id)).toList().get(0).get("signedAt");
      var moderator = withRoles("MODERATOR");
      var named = List.of(bots.get(0).id(), bots.get(1).id(), "never-signed");
      http.post()
          .uri("/api/petitions/{id}/invalidations", id)
          .header(HttpHeaders.AUTHORIZATION, honest.bearer())
          .bodyValue(Map.of("participants", named, "preview", true))
          .exchange()
          .expectStatus()
          .isForbidden();
      http.post()
          .uri("/api/petitions/{id}/invalidations", id)
          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
          .bodyValue(Map.of("participants", List.of(), "preview", true))
          .exchange()
          .expectStatus()
          .isBadRequest();
      http.post()
          .uri("/api/petitions/{id}/invalidations", id)
          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
          .bodyValue(Map.of("participants", named, "preview", true))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.before")
          .isEqualTo(3)
          .jsonPath("$.after")
          .isEqualTo(1)
          .jsonPath("$.counted.length()")
          .isEqualTo(2);
      assertThat(read(id)).containsEntry("signatures", 3);
      http.post()
          .uri("/api/petitions/{id}/invalidations", id)
          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
          .bodyValue(Map.of("participants", named, "preview", false, "reason", "One address."))
          .exchange()
          .expectStatus()
          .isCreated()
          .expectBody()
          .jsonPath("$.signatures")
          .isEqualTo(1)
          .jsonPath("$.removed.length()")
          .isEqualTo(2);
      var view = read(id);
      assertThat(view).containsEntry("signatures", 1);
      assertThat(thresholds(view).get(0).get("reachedAt")).isEqualTo(reachedAt);
      http.put()
          .uri("/api/petitions/{id}/signature", id)
          .header(HttpHeaders.AUTHORIZATION, bots.get(0).bearer())
          .exchange()
          .expectStatus()
          .isEqualTo(409);
    }
  }

  @Test
  void theStreamSendsTheCountNowThenEachChange() {
    var id = petition(authority("Council of streams", 2, 3), "Live");
    var signer = citizen();
    var events =
        http.get()
            .uri("/api/petitions/{id}/stream", id)
            .accept(MediaType.TEXT_EVENT_STREAM)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody()
            .doOnSubscribe(s -> new Thread(() -> sleepThenSign(signer, id)).start())
            .take(2)
            .collectList()
            .block(Duration.ofSeconds(30));
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).contains("\"signatures\":0");
    assertThat(events.get(1)).contains("\"signatures\":1");
    http.get()
        .uri("/api/petitions/nope/stream")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private void sleepThenSign(Session signer, String id) {
    // The stream's first event (the count now) is sent on subscribing; a signature after it is a
    // change.
    org.awaitility.Awaitility.await().pollDelay(Duration.ofMillis(300)).until(() -> true);
    sign(signer, id);
  }
}
