package org.deliberation.web.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.web.DeliberationApplication;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A projection that fails on one event parks it in its dead-letter queue and goes on with the next. */
@SpringBootTest(classes = {DeliberationApplication.class, DeadLetterIT.Fragile.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"deliberation.admin.email=" + ApiTestSupport.ADMIN_EMAIL,
        "deliberation.admin.password=" + ApiTestSupport.ADMIN_PASSWORD, "deliberation.sessions.password-strength=4"})
@AutoConfigureWebTestClient
class DeadLetterIT {

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("deliberation.data-dir", data::toString);
  }

  /** A projection that cannot handle projects whose title says so. */
  @ProcessingGroup("fragile")
  static class Fragile {

    final List<String> handled = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(ProjectCreated event) {
      if (event.title().contains("poison")) {
        throw new IllegalStateException("cannot project " + event.title());
      }
      handled.add(event.title());
    }
  }

  @Autowired
  WebTestClient http;

  @Autowired
  Fragile fragile;

  @Autowired
  EventProcessingConfiguration processing;

  @Test
  void parksTheEventItFailsOnAndGoesOn() {
    var token = (String) http.post().uri("/api/tokens")
        .bodyValue(Map.of("email", ApiTestSupport.ADMIN_EMAIL, "password", ApiTestSupport.ADMIN_PASSWORD))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("token");
    for (var title : List.of("A poison project", "A fine project")) {
      http.post().uri("/api/projects").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
          .bodyValue(Map.of("title", title, "question", "Q?", "authority", "Council", "language", "en"))
          .exchange().expectStatus().isCreated();
    }

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fragile.handled).contains("A fine project"));
    var queue = processing.deadLetterQueue("fragile").orElseThrow();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queue.amountOfSequences()).isEqualTo(1));
    assertThat(fragile.handled).doesNotContain("A poison project");
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        http.get().uri("/api/projects").exchange().expectBody().jsonPath("$.items.length()").isEqualTo(2));
  }
}
