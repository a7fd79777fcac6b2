package org.deliberation.core.page;

import static org.deliberation.core.page.PageRulesTest.AUTHOR;
import static org.deliberation.core.page.PageRulesTest.OPEN;
import static org.deliberation.core.page.PageRulesTest.PAGE;
import static org.deliberation.core.page.PageRulesTest.V1;
import static org.deliberation.core.page.PageRulesTest.V2;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.deliberation.core.page.command.CreatePage;
import org.deliberation.core.page.command.EditPage;
import org.deliberation.core.page.command.RevertPage;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.page.event.PageReverted;
import org.junit.jupiter.api.Test;

/** The page aggregate's wiring: results carry the revision and the merge flag, events rebuild every revision. */
class PageTest {

  private final FixtureConfiguration<Page> fixture = new AggregateTestFixture<>(Page.class);

  @Test
  void createsAPage() {
    fixture
        .givenNoPriorActivity()
        .when(new CreatePage(PAGE, V1, "first", OPEN, AUTHOR))
        .expectEvents(new PageCreated(PAGE, 1, V1, "first", AUTHOR.id()));
  }

  @Test
  void answersAnEditWithTheNewRevision() {
    fixture
        .given(new PageCreated(PAGE, 1, V1, "first", AUTHOR.id()))
        .when(new EditPage(PAGE, 1, V2, "cost", OPEN, AUTHOR))
        .expectEvents(new PageEdited(PAGE, 2, 1, V2, "cost", AUTHOR.id(), false))
        .expectResultMessagePayload(new PageRevision(2, false));
  }

  @Test
  void mergesAgainstTheTextOfTheRevisionTheEditStartedFrom() {
    fixture
        .given(
            new PageCreated(PAGE, 1, V1, "first", AUTHOR.id()),
            new PageEdited(PAGE, 2, 1, V2, "cost", AUTHOR.id(), false))
        .when(new EditPage(PAGE, 1, V1.replace("800", "900"), "seats", OPEN, AUTHOR))
        .expectEvents(
            new PageEdited(PAGE, 3, 1, V2.replace("800", "900"), "seats", AUTHOR.id(), true))
        .expectResultMessagePayload(new PageRevision(3, true));
  }

  @Test
  void refusesAConflictAndRecordsNothing() {
    fixture
        .given(
            new PageCreated(PAGE, 1, V1, "first", AUTHOR.id()),
            new PageEdited(PAGE, 2, 1, V2, "cost", AUTHOR.id(), false))
        .when(new EditPage(PAGE, 1, V1.replace("4 M€", "6 M€"), "", OPEN, AUTHOR))
        .expectException(EditConflictException.class)
        .expectNoEvents();
  }

  @Test
  void refusesAnEditOfADecidedProjectsPageByACitizen() {
    fixture
        .given(new PageCreated(PAGE, 1, V1, "first", AUTHOR.id()))
        .when(
            new EditPage(PAGE, 1, V2, "cost", org.deliberation.core.project.Stage.DECIDED, AUTHOR))
        .expectException(PageReadOnlyException.class)
        .expectNoEvents();
  }

  @Test
  void revertsToAnEarlierRevision() {
    fixture
        .given(
            new PageCreated(PAGE, 1, V1, "first", AUTHOR.id()),
            new PageEdited(PAGE, 2, 1, V2, "cost", AUTHOR.id(), false))
        .when(new RevertPage(PAGE, 1, "undo", OPEN, AUTHOR))
        .expectEvents(new PageReverted(PAGE, 3, 1, V1, "undo", AUTHOR.id()))
        .expectResultMessagePayload(new PageRevision(3, false));
  }
}
