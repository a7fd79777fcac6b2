package org.deliberation.web.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.page.command.CreatePage;
import org.deliberation.core.page.command.EditPage;
import org.deliberation.core.project.Language;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.web.DeliberationApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sixteen writers commit at once, so commits become visible out of their global order; a tracking projection still
 * receives every stored event exactly once.
 */
@SpringBootTest(classes = {DeliberationApplication.class, ExactlyOnceIT.Counting.class})
class ExactlyOnceIT {

  private static final int WRITERS = 16;
  private static final int EDITS = 40;

  @TempDir static Path data;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("deliberation.data-dir", data::toString);
  }

  /** Counts how many times each event reaches a tracking processor. */
  @ProcessingGroup("counting")
  static class Counting {

    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
      deliveries
          .computeIfAbsent(message.getIdentifier(), id -> new AtomicInteger())
          .incrementAndGet();
    }
  }

  @Autowired CommandGateway commands;

  @Autowired EventStorageEngine storage;

  @Autowired Counting counting;

  @Test
  void deliversEveryEventOfConcurrentWritersExactlyOnce() throws Exception {
    var writer = new Actor(ParticipantId.random(), Set.of(Role.CITIZEN, Role.OFFICIAL));
    var project = ProjectId.random();
    commands.sendAndWait(
        new CreateProject(
            project, "exactly-once", "Exactly once", "Q?", "Council", Language.en, writer));
    List<Callable<Void>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      var page = new PageId(project, "page-" + w);
      writers.add(
          () -> {
            commands.sendAndWait(new CreatePage(page, "0\n", "", Stage.DRAFT, writer));
            for (int i = 1; i <= EDITS; i++) {
              commands.sendAndWait(
                  new EditPage(page, i, "0\n" + i + "\n", "", Stage.DRAFT, writer));
            }
            return null;
          });
    }
    try (var executor = Executors.newFixedThreadPool(WRITERS)) {
      for (var result : executor.invokeAll(writers)) {
        result.get();
      }
    }

    var stored = storage.readEvents(null, false).map(EventMessage::getIdentifier).toList();
    assertThat(stored).hasSize(1 + WRITERS * (EDITS + 1)).doesNotHaveDuplicates();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(counting.deliveries.keySet())
                    .containsExactlyInAnyOrderElementsOf(stored));
    assertThat(counting.deliveries.values())
        .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
  }
}
