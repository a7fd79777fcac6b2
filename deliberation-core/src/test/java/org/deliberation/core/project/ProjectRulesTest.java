package org.deliberation.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.project.command.ChangeStage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.core.project.command.PublishResponse;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.StageChanged;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProjectRulesTest {

  static final ProjectId PROJECT = new ProjectId("hall");
  static final Actor OFFICIAL =
      new Actor(new ParticipantId("official"), Set.of(Role.CITIZEN, Role.OFFICIAL));
  static final Actor CITIZEN = new Actor(new ParticipantId("citizen"), Set.of(Role.CITIZEN));

  @Nested
  class Creation {

    @Test
    void anOfficialCreatesAProjectInDraft() {
      var events =
          ProjectRules.create(
              new CreateProject(
                  PROJECT, "hall", "Hall", "Build?", "Council", Language.en, OFFICIAL));

      assertThat(events)
          .containsExactly(
              new ProjectCreated(
                  PROJECT, "hall", "Hall", "Build?", "Council", Language.en, OFFICIAL.id()));
      assertThat(ProjectState.NONE.evolve(events.getFirst()))
          .isEqualTo(new ProjectState(true, Stage.DRAFT));
    }

    @Test
    void refusesACitizenNamingWhoMay() {
      assertThatThrownBy(
              () ->
                  ProjectRules.create(
                      new CreateProject(
                          PROJECT, "hall", "Hall", "Build?", "Council", Language.en, CITIZEN)))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessage("Only officials, moderators and admins may create a wikiproject.");
    }
  }

  @Nested
  class Stages {

    @Test
    void movesToTheNextStage() {
      var draft = new ProjectState(true, Stage.DRAFT);

      assertThat(
              ProjectRules.changeStage(
                  draft, new ChangeStage(PROJECT, Stage.DELIBERATION, "open", OFFICIAL)))
          .containsExactly(
              new StageChanged(PROJECT, Stage.DRAFT, Stage.DELIBERATION, "open", OFFICIAL.id()));
    }

    @Test
    void refusesToSkipAStage() {
      var draft = new ProjectState(true, Stage.DRAFT);

      assertThatThrownBy(
              () ->
                  ProjectRules.changeStage(
                      draft, new ChangeStage(PROJECT, Stage.DECIDED, null, OFFICIAL)))
          .isInstanceOf(StageChangeRefusedException.class)
          .hasMessage("A project in DRAFT cannot move to DECIDED; its next stage is DELIBERATION.");
    }

    @Test
    void refusesToGoBack() {
      var synthesis = new ProjectState(true, Stage.SYNTHESIS);

      assertThatThrownBy(
              () ->
                  ProjectRules.changeStage(
                      synthesis, new ChangeStage(PROJECT, Stage.DELIBERATION, null, OFFICIAL)))
          .hasMessage(
              "A project in SYNTHESIS cannot move to DELIBERATION; its next stage is DECIDED.");
    }

    @Test
    void aDecidedProjectStaysDecided() {
      var decided = new ProjectState(true, Stage.DECIDED);

      assertThatThrownBy(
              () ->
                  ProjectRules.changeStage(
                      decided, new ChangeStage(PROJECT, Stage.DRAFT, null, OFFICIAL)))
          .isInstanceOf(StageChangeRefusedException.class)
          .hasMessage("A project in DECIDED is decided and cannot move to DRAFT.");
    }

    @Test
    void refusesACitizen() {
      assertThatThrownBy(
              () ->
                  ProjectRules.changeStage(
                      new ProjectState(true, Stage.DRAFT),
                      new ChangeStage(PROJECT, Stage.DELIBERATION, null, CITIZEN)))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessage("Only officials, moderators and admins may move a project to another stage.");
    }
  }

  @Nested
  class Responses {

    @Test
    void onlyAnOfficialPublishes() {
      var moderator = new Actor(new ParticipantId("moderator"), Set.of(Role.MODERATOR));

      assertThat(
              ProjectRules.publishResponse(
                  new ProjectState(true, Stage.SYNTHESIS),
                  new PublishResponse(PROJECT, "r1", "Yes.", OFFICIAL)))
          .hasSize(1);
      assertThatThrownBy(
              () ->
                  ProjectRules.publishResponse(
                      new ProjectState(true, Stage.SYNTHESIS),
                      new PublishResponse(PROJECT, "r1", "Yes.", moderator)))
          .hasMessage("Only officials may publish the authority's response.");
    }
  }
}
