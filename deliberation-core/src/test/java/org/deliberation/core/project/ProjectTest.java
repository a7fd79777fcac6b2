package org.deliberation.core.project;

import static org.deliberation.core.project.ProjectRulesTest.CITIZEN;
import static org.deliberation.core.project.ProjectRulesTest.OFFICIAL;
import static org.deliberation.core.project.ProjectRulesTest.PROJECT;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.project.command.ChangeStage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.core.project.command.PublishResponse;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.junit.jupiter.api.Test;

/** The aggregate's wiring: commands reach the rules, events rebuild the state. */
class ProjectTest {

  private final FixtureConfiguration<Project> fixture = new AggregateTestFixture<>(Project.class);

  private static ProjectCreated created() {
    return new ProjectCreated(
        PROJECT, "hall", "Hall", "Build?", "Council", Language.en, OFFICIAL.id());
  }

  @Test
  void createsAProject() {
    fixture
        .givenNoPriorActivity()
        .when(
            new CreateProject(PROJECT, "hall", "Hall", "Build?", "Council", Language.en, OFFICIAL))
        .expectEvents(created());
  }

  @Test
  void opensDeliberationAfterDraft() {
    fixture
        .given(created())
        .when(new ChangeStage(PROJECT, Stage.DELIBERATION, "opening", OFFICIAL))
        .expectEvents(
            new StageChanged(PROJECT, Stage.DRAFT, Stage.DELIBERATION, "opening", OFFICIAL.id()));
  }

  @Test
  void remembersItsStageFromItsEvents() {
    fixture
        .given(
            created(),
            new StageChanged(PROJECT, Stage.DRAFT, Stage.DELIBERATION, null, OFFICIAL.id()))
        .when(new ChangeStage(PROJECT, Stage.DELIBERATION, null, OFFICIAL))
        .expectException(StageChangeRefusedException.class)
        .expectNoEvents();
  }

  @Test
  void refusesACitizensStageChange() {
    fixture
        .given(created())
        .when(new ChangeStage(PROJECT, Stage.DELIBERATION, null, CITIZEN))
        .expectException(PermissionDeniedException.class);
  }

  @Test
  void publishesAResponse() {
    fixture
        .given(created())
        .when(new PublishResponse(PROJECT, "r1", "We build it.", OFFICIAL))
        .expectEvents(new ResponsePublished(PROJECT, "r1", "We build it.", OFFICIAL.id()));
  }
}
