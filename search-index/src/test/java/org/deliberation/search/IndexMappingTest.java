package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deliberation.search.Events.ALICE;
import static org.deliberation.search.Events.BOB;
import static org.deliberation.search.Events.MODERATOR;
import static org.deliberation.search.Events.NOW;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.page.event.PageReverted;
import org.deliberation.core.participant.event.ParticipantRegistered;
import org.deliberation.core.participant.event.RolesChanged;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.ParticipantImported;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.VoteCast;
import org.junit.jupiter.api.Test;

class IndexMappingTest {

  private static final ProjectId PROJECT = new ProjectId("p1");
  private static final PageId CONTEXT = new PageId(PROJECT, "context");

  @Test
  void upsertsAProjectWithItsTitleAndQuestion() {
    var changes =
        IndexMapping.changesFor(
            Events.projectCreated(
                "p1", "A sports hall", "Should the town build a **sports hall**?"));

    assertThat(changes)
        .containsExactly(
            new IndexChange.Upsert(
                new IndexDocument(
                    "p1",
                    DocumentType.PROJECT,
                    PROJECT,
                    null,
                    "A sports hall",
                    "Should the town build a sports hall?",
                    null,
                    null)));
  }

  @Test
  void replacesAPageByOneDocumentPerSection() {
    var markdown =
        """
        The town wants a hall.

        ## Costs
        About **3 million**, see [the budget](https://example.org/budget).

        ## Costs
        Running costs.

        ### Où ? Quand ?
        Near the school.
        """;

    var changes = IndexMapping.changesFor(Events.pageCreated("p1", "context", markdown));

    assertThat(changes)
        .containsExactly(
            new IndexChange.ReplacePage(
                CONTEXT,
                List.of(
                    section("context", "context", "The town wants a hall."),
                    section("context#costs", "context › Costs", "About 3 million, see the budget."),
                    section("context#costs-1", "context › Costs", "Running costs."),
                    section("context#où-quand", "context › Où ? Quand ?", "Near the school."))));
  }

  @Test
  void indexesEveryRevisionAsTheWholePage() {
    var edited =
        IndexMapping.changesFor(Events.pageEdited("p1", "context", 2, "## Only\nnew text"));
    var reverted =
        IndexMapping.changesFor(new PageReverted(CONTEXT, 3, 1, "old text", "revert", BOB));

    assertThat(edited)
        .containsExactly(
            new IndexChange.ReplacePage(
                CONTEXT, List.of(section("context#only", "context › Only", "new text"))));
    assertThat(reverted)
        .containsExactly(
            new IndexChange.ReplacePage(
                CONTEXT, List.of(section("context", "context", "old text"))));
  }

  @Test
  void anEmptyPageLeavesNoSection() {
    assertThat(IndexMapping.changesFor(Events.pageCreated("p1", "context", "  \n\n")))
        .containsExactly(new IndexChange.ReplacePage(CONTEXT, List.of()));
  }

  @Test
  void upsertsAContributionAsAStatementWithItsAuthor() {
    var changes = IndexMapping.changesFor(Events.statement("p1", "s1", "We need *more* parking"));

    assertThat(changes)
        .containsExactly(
            new IndexChange.Upsert(
                new IndexDocument(
                    "s1",
                    DocumentType.STATEMENT,
                    PROJECT,
                    null,
                    "We need more parking",
                    "We need more parking",
                    ALICE,
                    null)));
  }

  @Test
  void upsertsAViewpointWithItsStance() {
    var changes =
        IndexMapping.changesFor(Events.viewpoint("p1", "v1", "Costs are too high", Stance.AGAINST));

    assertThat(changes)
        .singleElement()
        .isInstanceOfSatisfying(
            IndexChange.Upsert.class,
            upsert -> {
              assertThat(upsert.document().type()).isEqualTo(DocumentType.VIEWPOINT);
              assertThat(upsert.document().stance()).isEqualTo(Stance.AGAINST);
              assertThat(upsert.document().author()).isEqualTo(BOB);
            });
  }

  @Test
  void titlesALongStatementWithItsBeginningCutAtAWord() {
    var text = "word ".repeat(60).strip();

    var changes = IndexMapping.changesFor(Events.statement("p1", "s1", text));

    var document = ((IndexChange.Upsert) changes.getFirst()).document();
    assertThat(document.text()).isEqualTo(text);
    assertThat(document.title())
        .hasSizeLessThanOrEqualTo(IndexMapping.STATEMENT_TITLE_LENGTH)
        .endsWith("word…");
  }

  @Test
  void hidesAndShowsAStatement() {
    assertThat(IndexMapping.changesFor(Events.hidden("p1", "s1")))
        .containsExactly(new IndexChange.SetHidden(new StatementId("s1"), true));
    assertThat(IndexMapping.changesFor(Events.restored("p1", "s1")))
        .containsExactly(new IndexChange.SetHidden(new StatementId("s1"), false));
  }

  @Test
  void keepsAnErasedParticipantsDocuments() {
    assertThat(IndexMapping.changesFor(Events.erased(ALICE))).isEmpty();
  }

  @Test
  void ignoresEventsThatChangeNoText() {
    var statement = new StatementId("s1");
    var ignored =
        List.of(
            new VoteCast(PROJECT, statement, BOB, Vote.AGREE, NOW),
            new StatementFlagged(statement, PROJECT, "spam", BOB),
            new StageChanged(PROJECT, Stage.DRAFT, Stage.DELIBERATION, null, MODERATOR),
            new ResponsePublished(PROJECT, "r1", "We will build it.", MODERATOR),
            new ParticipantRegistered(BOB, Set.of(Role.CITIZEN)),
            new RolesChanged(BOB, Set.of(Role.CITIZEN), Set.of(Role.EXPERT), MODERATOR),
            new ParticipantImported(PROJECT, BOB, "polis", "42"),
            "not an event");

    for (var event : ignored) {
      assertThat(IndexMapping.changesFor(event)).as(event.toString()).isEmpty();
    }
  }

  @Test
  void givesEachStatementOfAGenerationAllItsTopicsSortedWithTheirLabels() {
    var changes =
        IndexMapping.changesFor(
            Events.topics(
                "p1",
                3,
                Events.topic("t7", "bus lanes", "s1", "s2"),
                Events.topic("t2", "school calendar", "s2", "s3", "s2")));

    assertThat(changes)
        .containsExactly(
            new IndexChange.SetTopics(
                PROJECT,
                Map.of("s1", List.of("t7"), "s2", List.of("t2", "t7"), "s3", List.of("t2")),
                Map.of("t7", "bus lanes", "t2", "school calendar")));
  }

  @Test
  void anEmptyGenerationClearsEveryStatementsTopics() {
    assertThat(IndexMapping.changesFor(Events.topics("p1", 2)))
        .containsExactly(new IndexChange.SetTopics(PROJECT, Map.of(), Map.of()));
  }

  @Test
  void refusesASectionOfAnotherPage() {
    var other =
        new IndexDocument(
            "faq", DocumentType.PAGE, PROJECT, new PageId(PROJECT, "faq"), "faq", "", null, null);

    assertThatThrownBy(() -> new IndexChange.ReplacePage(CONTEXT, List.of(other)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static IndexDocument section(String id, String title, String text) {
    return new IndexDocument(id, DocumentType.PAGE, PROJECT, CONTEXT, title, text, null, null);
  }
}
