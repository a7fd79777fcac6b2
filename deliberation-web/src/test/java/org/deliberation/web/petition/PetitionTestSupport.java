package org.deliberation.web.petition;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deliberation.web.testing.ApiTestSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Authorities, petitions and signers with a postcode, made through the API. */
abstract class PetitionTestSupport extends ApiTestSupport {

  /** A petition opened by a new citizen; returns its id. */
  protected String petition(String authority, String title) {
    return openPetition(citizen(), authority, title, "We ask **this**.", "en");
  }

  /** A new participant who declared a postcode at sign-up. */
  protected Session citizenAt(String postcode) {
    var email = "signer-" + UUID.randomUUID() + "@test.example";
    var created =
        http.post()
            .uri("/api/participants")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "displayName",
                    "Signer",
                    "email",
                    email,
                    "password",
                    "long enough password",
                    "postcode",
                    postcode))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return signIn(email, "long enough password", "Signer", (String) created.get("id"));
  }

  /** Signs as the participant; returns the answer. */
  @SuppressWarnings("unchecked")
  protected Map<String, Object> sign(Session signer, String petition) {
    return http.put()
        .uri("/api/petitions/{id}/signature", petition)
        .header(HttpHeaders.AUTHORIZATION, signer.bearer())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  protected Map<String, Object> read(String petition) {
    return http.get()
        .uri("/api/petitions/{id}", petition)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  protected static List<Map<String, Object>> thresholds(Map<String, Object> view) {
    return (List<Map<String, Object>>) view.get("thresholds");
  }
}
