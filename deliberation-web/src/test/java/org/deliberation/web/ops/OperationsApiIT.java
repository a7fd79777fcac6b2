package org.deliberation.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** What an operator and a client developer rely on: health, the API description, no call home. */
class OperationsApiIT extends ApiTestSupport {

  @Test
  void reportsUpOnceTheStoreAndProjectionsAreReady() {
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                http.get()
                    .uri("/actuator/health")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP"));
  }

  @Test
  void describesTheApiInOpenApi() {
    http.get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.openapi")
        .exists()
        .jsonPath("$.paths['/api/projects/{id}/pages/{page}']")
        .exists()
        .jsonPath("$.paths['/api/participants']")
        .exists();
  }

  @Test
  void neverContactsAxoniqOrWritesInTheHomeFolder() {
    assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    assertThat(
            Files.exists(
                Path.of(System.getProperty("user.home"), ".axoniq", "update-checker.properties")))
        .as("Axon's update checker wrote its file")
        .isFalse();
  }
}
