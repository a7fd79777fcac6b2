package org.deliberation.web.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.project.Language;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.command.ChangeStage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.StageChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Proves the Axon wiring once: a command through the real gateway, stored in the embedded store, read back. */
@SpringBootTest
class AxonWiringIT {

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("deliberation.data-dir", () -> data.toString());
  }

  @Autowired
  CommandGateway commands;

  @Autowired
  EventStore events;

  @Test
  void storesACommandsEventsAndReplaysThemIntoTheAggregate() {
    var official = new Actor(ParticipantId.random(), Set.of(Role.CITIZEN, Role.OFFICIAL));
    var project = ProjectId.random();

    commands.sendAndWait(new CreateProject(project, "hall", "A sports hall", "Build it?", "Town council",
        Language.en, official));
    commands.sendAndWait(new ChangeStage(project, Stage.DELIBERATION, "open", official));

    var stored = events.readEvents(project.value()).asStream().map(message -> message.getPayload()).toList();
    assertThat(stored).hasSize(2);
    assertThat(stored.get(0)).isInstanceOf(ProjectCreated.class)
        .extracting(event -> ((ProjectCreated) event).projectId()).isEqualTo(project);
    assertThat(stored.get(1)).isEqualTo(new StageChanged(project, Stage.DRAFT, Stage.DELIBERATION, "open",
        official.id()));
  }
}
