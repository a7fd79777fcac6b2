package org.deliberation.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.project.event.ProjectEvent;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.deliberation.search.IndexMapping;
import org.deliberation.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Feeds the index: every event goes through the pure mapping, and what it yields is applied at once (searchable)
 * and made durable with the processor's position when the batch ends ({@link IndexTokenStore}).
 */
@Component
@ProcessingGroup(SearchProjection.GROUP)
public class SearchProjection {

  public static final String GROUP = "search";

  private final SearchIndex index;

  public SearchProjection(SearchIndex index) {
    this.index = index;
  }

  /** An Axon replay starts from an empty index, so that what it rebuilds is exactly what the events say. */
  @ResetHandler
  void reset() {
    try {
      index.reset();
    } catch (IOException e) {
      throw new UncheckedIOException("the search index could not be emptied for a replay", e);
    }
  }

  // One handler per kind of event the mapping indexes, not one for every object: Axon then skips
  // votes (a million in
  // an import) by their type name, without deserializing them. A new indexed event needs its
  // handler here.
  @EventHandler
  void on(ProjectEvent event) {
    apply(event);
  }

  @EventHandler
  void on(PageEvent event) {
    apply(event);
  }

  @EventHandler
  void on(StatementPosted event) {
    apply(event);
  }

  @EventHandler
  void on(StatementHidden event) {
    apply(event);
  }

  @EventHandler
  void on(StatementRestored event) {
    apply(event);
  }

  @EventHandler
  void on(StatementEdited event) {
    apply(event);
  }

  @EventHandler
  void on(StatementWithdrawn event) {
    apply(event);
  }

  /** A project's latest topics, for the topic facet and filter: each generation replaces the one before. */
  @EventHandler
  void on(TopicsRecorded event) {
    apply(event);
  }

  // A petition's signatures are not searched: like votes, they are skipped by their type name.
  @EventHandler
  void on(PetitionOpened event) {
    apply(event);
  }

  @EventHandler
  void on(PetitionHidden event) {
    apply(event);
  }

  @EventHandler
  void on(PetitionRestored event) {
    apply(event);
  }

  private void apply(Object event) {
    var changes = IndexMapping.changesFor(event);
    if (changes.isEmpty()) {
      return;
    }
    try {
      index.apply(changes);
    } catch (IOException e) {
      throw new UncheckedIOException("the search index could not take a change", e);
    }
  }
}
