package org.deliberation.web.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** A read model dropped and replayed from the events is the read model that was kept live. */
class ProjectionRebuildIT extends ApiTestSupport {

  @Autowired EventProcessingConfiguration processing;

  @Autowired MongoDatabase database;

  @Test
  void replayingTheProjectsProjectionGivesTheSameReadModel() {
    var official = withRoles("OFFICIAL");
    String project = null;
    for (int p = 0; p < 3; p++) {
      project = project(official, "Rebuilt " + p);
      http.post()
          .uri("/api/projects/{id}/stage", project)
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(Map.of("stage", "DELIBERATION"))
          .exchange()
          .expectStatus()
          .isOk();
      for (int page = 0; page < 3; page++) {
        http.put()
            .uri("/api/projects/{id}/pages/page-{n}", project, page)
            .header(HttpHeaders.AUTHORIZATION, official.bearer())
            .bodyValue(Map.of("markdown", "# Page " + page + "\n"))
            .exchange()
            .expectStatus()
            .isCreated();
      }
    }
    var processor =
        processing.eventProcessor("projects", StreamingEventProcessor.class).orElseThrow();
    awaitCaughtUp(processor);
    // "Caught up" says the processor found no more events when it last looked, which may be just
    // before the last
    // edit arrived: the live read model is captured once it holds that edit.
    var last = project;
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              var document =
                  database.getCollection("projects").find(new Document("_id", last)).first();
              return document != null
                  && document.get("pages", Document.class) != null
                  && document.get("pages", Document.class).containsKey("page-2");
            });
    var live = snapshot();
    assertThat(live).hasSizeGreaterThanOrEqualTo(3);

    processor.shutDown();
    processor.resetTokens();
    assertThat(database.getCollection("projects").countDocuments()).isZero();
    processor.start();
    awaitCaughtUp(processor);

    await().atMost(Duration.ofSeconds(60)).until(() -> snapshot().size() == live.size());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              var rebuilt = snapshot();
              for (int i = 0; i < live.size(); i++) {
                assertThat(rebuilt.get(i)).as("document %d", i).isEqualTo(live.get(i));
              }
            });
  }

  private static void awaitCaughtUp(StreamingEventProcessor processor) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                processor.isRunning()
                    && !processor.processingStatus().isEmpty()
                    && processor.processingStatus().values().stream()
                        .allMatch(EventTrackerStatus::isCaughtUp));
  }

  // Documents compare as maps: the order of their keys is not part of the read model.
  private List<Document> snapshot() {
    return database
        .getCollection("projects")
        .find()
        .sort(Sorts.ascending("_id"))
        .into(new ArrayList<>());
  }
}
