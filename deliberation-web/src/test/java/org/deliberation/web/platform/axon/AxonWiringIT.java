package org.deliberation.web.platform.axon;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
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

  @TempDir static Path data;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("deliberation.data-dir", () -> data.toString());
  }

  @Autowired CommandGateway commands;

  @Autowired EventStore events;

  @Autowired MongoDatabase database;

  @Test
  void storesACommandsEventsAndReplaysThemIntoTheAggregate() {
    var official = new Actor(ParticipantId.random(), Set.of(Role.CITIZEN, Role.OFFICIAL));
    var project = ProjectId.random();

    commands.sendAndWait(
        new CreateProject(
            project, "hall", "A sports hall", "Build it?", "Town council", Language.en, official));
    commands.sendAndWait(new ChangeStage(project, Stage.DELIBERATION, "open", official));

    var stored =
        events.readEvents(project.value()).asStream().map(message -> message.getPayload()).toList();
    assertThat(stored).hasSize(2);
    assertThat(stored.get(0))
        .isInstanceOf(ProjectCreated.class)
        .extracting(event -> ((ProjectCreated) event).projectId())
        .isEqualTo(project);
    assertThat(stored.get(1))
        .isEqualTo(
            new StageChanged(project, Stage.DRAFT, Stage.DELIBERATION, "open", official.id()));
  }

  /** The golden tests of the stored events (GoldenEventsTest) serialize with EventSerialization; so must the store. */
  @Test
  void storesEventsAsEventSerializationWritesThem() {
    var official = new Actor(ParticipantId.random(), Set.of(Role.CITIZEN, Role.OFFICIAL));
    var project = ProjectId.random();
    commands.sendAndWait(
        new CreateProject(
            project, "gym", "A gym", "Build it?", "Town council", Language.en, official));
    commands.sendAndWait(new ChangeStage(project, Stage.DELIBERATION, "open", official));

    var stored =
        database
            .getCollection("event_commits")
            .find(eq("events.aggregateId", project.value()))
            .into(new ArrayList<>())
            .stream()
            .flatMap(commit -> commit.getList("events", Document.class).stream())
            .filter(event -> event.getString("payloadType").equals(StageChanged.class.getName()))
            .map(event -> event.getString("payload"))
            .toList();
    var expected =
        EventSerialization.serializer()
            .serialize(
                new StageChanged(project, Stage.DRAFT, Stage.DELIBERATION, "open", official.id()),
                String.class)
            .getData();
    assertThat(stored).isEqualTo(List.of(expected));
  }
}
