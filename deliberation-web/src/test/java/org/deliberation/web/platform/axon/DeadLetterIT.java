package org.deliberation.web.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.Priority;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
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
@SpringBootTest(
    classes = {
      DeliberationApplication.class,
      DeadLetterIT.Fragile.class,
      DeadLetterIT.Poison.class
    },
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "deliberation.admin.email=" + ApiTestSupport.ADMIN_EMAIL,
      "deliberation.admin.password=" + ApiTestSupport.ADMIN_PASSWORD,
      "deliberation.sessions.password-strength=4"
    })
@AutoConfigureWebTestClient
class DeadLetterIT {

  @TempDir static Path data;

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

  /**
   * Makes every projection of the application (not the aggregates, whose events must stay readable) fail on projects
   * whose title says "toxic" with a StackOverflowError, the failure that used to kill a processor's thread.
   */
  @Priority(Priority.FIRST)
  static class Poison implements HandlerEnhancerDefinition {

    static volatile boolean active = true;

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
      if (!original.declaringClass().getName().startsWith("org.deliberation.web.")
          || original.declaringClass() == Fragile.class
          || !original.canHandleMessageType(EventMessage.class)) {
        return original;
      }
      return new WrappedMessageHandlingMember<>(original) {
        @Override
        public Object handle(Message<?> message, T target) throws Exception {
          if (active
              && message.getPayload() instanceof ProjectCreated created
              && created.title().contains("toxic")) {
            throw new StackOverflowError("poisoned " + created.title());
          }
          return super.handle(message, target);
        }
      };
    }
  }

  @Autowired WebTestClient http;

  @Autowired Fragile fragile;

  @Autowired EventProcessingConfiguration processing;

  @Test
  void parksTheEventItFailsOnAndGoesOn() {
    var token =
        (String)
            http.post()
                .uri("/api/tokens")
                .bodyValue(
                    Map.of(
                        "email",
                        ApiTestSupport.ADMIN_EMAIL,
                        "password",
                        ApiTestSupport.ADMIN_PASSWORD))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("token");
    for (var title : List.of("A poison project", "A fine project")) {
      http.post()
          .uri("/api/projects")
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
          .bodyValue(
              Map.of("title", title, "question", "Q?", "authority", "Council", "language", "en"))
          .exchange()
          .expectStatus()
          .isCreated();
    }

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(fragile.handled).contains("A fine project"));
    var queue = processing.deadLetterQueue("fragile").orElseThrow();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(queue.amountOfSequences()).isEqualTo(1));
    assertThat(fragile.handled).doesNotContain("A poison project");
    // The project projection has no poison: both are listed (the other test's projects may be there
    // too).
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                http.get()
                    .uri("/api/projects")
                    .exchange()
                    .expectBody()
                    .jsonPath("$.items[?(@.title == 'A poison project')]")
                    .exists()
                    .jsonPath("$.items[?(@.title == 'A fine project')]")
                    .exists());
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyProjectionParksAnEventThatOverflowsItsStackAndGoesOn() {
    var admin = bearer(ApiTestSupport.ADMIN_EMAIL, ApiTestSupport.ADMIN_PASSWORD);
    var poisoned = create(admin, "The toxic well");
    var after = create(admin, "The clear spring");

    // Every projection went past the poison: the next project is listed, searchable and deliberated
    // on.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              http.get().uri("/api/projects/{p}", after).exchange().expectStatus().isOk();
              http.get()
                  .uri("/api/search?q=spring")
                  .exchange()
                  .expectBody()
                  .jsonPath("$.total")
                  .isEqualTo(1);
              http.get()
                  .uri("/api/projects/{p}/statements", after)
                  .exchange()
                  .expectStatus()
                  .isOk();
            });
    assertThat(listed()).contains(after).doesNotContain(poisoned);
    // read-caches starts at the head of the events, before the poisoned one: it parks it too.
    var projections =
        List.of("projects", "deliberation", "activity", "search", "notifications", "read-caches");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var health =
                  http.get()
                      .uri("/actuator/health")
                      .exchange()
                      .expectBody(Map.class)
                      .returnResult()
                      .getResponseBody();
              var details =
                  (Map<String, Object>)
                      ((Map<String, Object>)
                              ((Map<String, Object>) health.get("components")).get("projections"))
                          .get("details");
              for (var name : projections) {
                var projection = (Map<String, Object>) details.get(name);
                assertThat(projection)
                    .as(name)
                    .containsEntry("state", "CAUGHT_UP")
                    .containsEntry("lag", 0)
                    .containsEntry("parked", 1);
              }
            });
    http.get()
        .uri("/api/search/status")
        .exchange()
        .expectBody()
        .jsonPath("$.state")
        .isEqualTo("READY")
        .jsonPath("$.parked")
        .isEqualTo(1);

    // Admins see what was parked, and why; nobody else does.
    http.get().uri("/api/admin/dead-letters").exchange().expectStatus().isUnauthorized();
    var letters =
        (List<Map<String, Object>>)
            http.get()
                .uri("/api/admin/dead-letters")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("items");
    assertThat(letters)
        .filteredOn(letter -> !"fragile".equals(letter.get("processor")))
        .extracting(letter -> letter.get("processor"))
        .containsExactlyInAnyOrderElementsOf(projections);
    assertThat(letters)
        .filteredOn(letter -> !"fragile".equals(letter.get("processor")))
        .allSatisfy(
            letter -> {
              assertThat(letter.get("type")).isEqualTo("ProjectCreated");
              assertThat((String) letter.get("error"))
                  .contains("StackOverflowError")
                  .contains("poisoned");
              assertThat(letter.get("position")).isNotNull();
              assertThat(letter.get("at")).isNotNull();
            });

    // Once the cause is gone, a retry feeds the parked events again, and every projection takes
    // them.
    Poison.active = false;
    http.post()
        .uri("/api/admin/dead-letters/{p}/retry", "nope")
        .header(HttpHeaders.AUTHORIZATION, admin)
        .exchange()
        .expectStatus()
        .isNotFound();
    for (var name : projections) {
      http.post()
          .uri("/api/admin/dead-letters/{p}/retry", name)
          .header(HttpHeaders.AUTHORIZATION, admin)
          .exchange()
          .expectStatus()
          .isAccepted();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(listed()).contains(poisoned, after);
              http.get()
                  .uri("/api/search?q=well")
                  .exchange()
                  .expectBody()
                  .jsonPath("$.total")
                  .isEqualTo(1);
              http.get()
                  .uri("/api/search/status")
                  .exchange()
                  .expectBody()
                  .jsonPath("$.parked")
                  .isEqualTo(0);
            });
  }

  @SuppressWarnings("unchecked")
  private List<Object> listed() {
    var items =
        (List<Map<String, Object>>)
            http.get()
                .uri("/api/projects")
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("items");
    return items.stream().map(item -> item.get("id")).toList();
  }

  private String bearer(String email, String password) {
    return "Bearer "
        + http.post()
            .uri("/api/tokens")
            .bodyValue(Map.of("email", email, "password", password))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("token");
  }

  private String create(String bearer, String title) {
    return (String)
        http.post()
            .uri("/api/projects")
            .header(HttpHeaders.AUTHORIZATION, bearer)
            .bodyValue(
                Map.of("title", title, "question", "Q?", "authority", "Council", "language", "en"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("id");
  }
}
