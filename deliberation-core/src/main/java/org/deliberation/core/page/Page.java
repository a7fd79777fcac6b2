package org.deliberation.core.page;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.deliberation.core.common.PageId;
import org.deliberation.core.page.command.CreatePage;
import org.deliberation.core.page.command.EditPage;
import org.deliberation.core.page.command.RevertPage;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.page.event.PageEvent;

/**
 * The page aggregate: each page is its own consistency boundary, so edits of different pages never contend. A thin
 * shell over {@link PageRules} and {@link PageState}.
 */
public class Page {

  @AggregateIdentifier private PageId id;

  private PageState state = PageState.NONE;

  protected Page() {
    // Axon rebuilds a page from its events
  }

  @CommandHandler
  public Page(CreatePage command) {
    PageRules.create(command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  PageRevision handle(EditPage command) {
    var events = PageRules.edit(state, command);
    events.forEach(AggregateLifecycle::apply);
    boolean merged =
        events.stream().anyMatch(event -> event instanceof PageEdited edited && edited.merged());
    return new PageRevision(state.latestRevision(), merged);
  }

  @CommandHandler
  PageRevision handle(RevertPage command) {
    PageRules.revert(state, command).forEach(AggregateLifecycle::apply);
    return new PageRevision(state.latestRevision(), false);
  }

  @EventSourcingHandler
  void on(PageEvent event) {
    id = event.pageId();
    state = state.evolve(event);
  }
}
