package org.deliberation.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.markdown.ConflictHunk;
import org.deliberation.core.page.command.CreatePage;
import org.deliberation.core.page.command.EditPage;
import org.deliberation.core.page.command.RevertPage;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.page.event.PageReverted;
import org.deliberation.core.project.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageRulesTest {

  static final PageId PAGE = new PageId(new ProjectId("hall"), "costs");
  static final Actor AUTHOR = new Actor(new ParticipantId("author"), Set.of(Role.CITIZEN));
  static final Actor OFFICIAL =
      new Actor(new ParticipantId("official"), Set.of(Role.CITIZEN, Role.OFFICIAL));
  static final Actor MODERATOR =
      new Actor(new ParticipantId("moderator"), Set.of(Role.CITIZEN, Role.MODERATOR));
  static final Stage OPEN = Stage.DELIBERATION;
  static final String V1 =
      "# Costs\n\nThe hall costs 4 M€.\nIt opens in 2028.\nIt seats 800.\n\nSources.\n";
  static final String V2 = V1.replace("4 M€", "5 M€");

  private static PageState revisions(String... texts) {
    return new PageState(List.of(texts));
  }

  @Test
  void createsRevisionOne() {
    assertThat(PageRules.create(new CreatePage(PAGE, V1, "first", OPEN, AUTHOR)))
        .containsExactly(new PageCreated(PAGE, 1, V1, "first", AUTHOR.id()));
  }

  @Nested
  class Editing {

    @Test
    void anEditOfTheLatestRevisionIsTakenAsItIs() {
      assertThat(PageRules.edit(revisions(V1), new EditPage(PAGE, 1, V2, "cost", OPEN, AUTHOR)))
          .containsExactly(new PageEdited(PAGE, 2, 1, V2, "cost", AUTHOR.id(), false));
    }

    @Test
    void anEditOfAnOlderRevisionIsMergedWhenItDoesNotOverlap() {
      var mine = V1.replace("800", "900");

      var events =
          PageRules.edit(revisions(V1, V2), new EditPage(PAGE, 1, mine, "seats", OPEN, AUTHOR));

      assertThat(events)
          .containsExactly(
              new PageEdited(
                  PAGE,
                  3,
                  1,
                  V1.replace("4 M€", "5 M€").replace("800", "900"),
                  "seats",
                  AUTHOR.id(),
                  true));
    }

    @Test
    void anOverlappingEditIsRefusedWithTheConflictingLines() {
      var mine = V1.replace("4 M€", "6 M€");

      assertThatThrownBy(
              () ->
                  PageRules.edit(
                      revisions(V1, V2), new EditPage(PAGE, 1, mine, "cost", OPEN, AUTHOR)))
          .isInstanceOfSatisfying(
              EditConflictException.class,
              conflict -> {
                assertThat(conflict.baseRevision()).isEqualTo(1);
                assertThat(conflict.latestRevision()).isEqualTo(2);
                assertThat(conflict.conflicts())
                    .containsExactly(
                        new ConflictHunk(
                            3,
                            List.of("The hall costs 4 M€."),
                            List.of("The hall costs 5 M€."),
                            List.of("The hall costs 6 M€.")));
              })
          .hasMessageContaining("Nothing was saved");
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
      assertThat(PageRules.edit(revisions(V1, V2), new EditPage(PAGE, 2, V2, "", OPEN, AUTHOR)))
          .isEmpty();
    }

    @Test
    void anEditOfAnOlderRevisionThatAlreadyHappenedRecordsNothing() {
      assertThat(
              PageRules.edit(
                  revisions(V1, V2), new EditPage(PAGE, 1, V2, "same change", OPEN, AUTHOR)))
          .isEmpty();
    }

    @Test
    void refusesABaseRevisionThePageDoesNotHave() {
      assertThatThrownBy(
              () -> PageRules.edit(revisions(V1), new EditPage(PAGE, 3, V2, "", OPEN, AUTHOR)))
          .isInstanceOf(RevisionNotFoundException.class)
          .hasMessage("Page 'costs' has no revision 3; its revisions run from 1 to 1.");
    }

    @Test
    void refusesToEditAPageThatDoesNotExist() {
      assertThatThrownBy(
              () -> PageRules.edit(PageState.NONE, new EditPage(PAGE, 1, V2, "", OPEN, AUTHOR)))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  class Reverting {

    @Test
    void revertsAsANewRevisionWithTheOldText() {
      assertThat(PageRules.revert(revisions(V1, V2), new RevertPage(PAGE, 1, "undo", OPEN, AUTHOR)))
          .containsExactly(new PageReverted(PAGE, 3, 1, V1, "undo", AUTHOR.id()));
    }

    @Test
    void refusesARevisionThatDoesNotExist() {
      assertThatThrownBy(
              () -> PageRules.revert(revisions(V1), new RevertPage(PAGE, 0, "", OPEN, AUTHOR)))
          .isInstanceOf(RevisionNotFoundException.class);
    }
  }

  @Nested
  class OnceTheProjectIsDecided {

    @Test
    void aCitizenNeitherCreatesNorEditsNorRevertsAPage() {
      var decided = Stage.DECIDED;
      assertThatThrownBy(() -> PageRules.create(new CreatePage(PAGE, V1, "", decided, AUTHOR)))
          .isInstanceOf(PageReadOnlyException.class)
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("decided")
          .hasMessageContaining("ask one of the project's officials or a moderator");
      assertThatThrownBy(
              () -> PageRules.edit(revisions(V1), new EditPage(PAGE, 1, V2, "", decided, AUTHOR)))
          .isInstanceOf(PageReadOnlyException.class);
      assertThatThrownBy(
              () ->
                  PageRules.revert(revisions(V1, V2), new RevertPage(PAGE, 1, "", decided, AUTHOR)))
          .isInstanceOf(PageReadOnlyException.class);
    }

    @Test
    void officialsAndModeratorsStillCorrectIt() {
      assertThat(
              PageRules.edit(
                  revisions(V1), new EditPage(PAGE, 1, V2, "link", Stage.DECIDED, OFFICIAL)))
          .containsExactly(new PageEdited(PAGE, 2, 1, V2, "link", OFFICIAL.id(), false));
      assertThat(
              PageRules.revert(
                  revisions(V1, V2), new RevertPage(PAGE, 1, "undo", Stage.DECIDED, MODERATOR)))
          .hasSize(1);
    }

    @Test
    void everyEarlierStageIsOpenToEveryone() {
      for (var stage : List.of(Stage.DRAFT, Stage.DELIBERATION, Stage.SYNTHESIS)) {
        assertThat(PageRules.edit(revisions(V1), new EditPage(PAGE, 1, V2, "", stage, AUTHOR)))
            .hasSize(1);
      }
    }
  }
}
