package org.deliberation.web.deliberation.topic;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.deliberation.web.deliberation.live.DeliberationProjection;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@link TopicBook} and asks for a recomputation whenever a project's shown statements change. In the live
 * deliberation's processing group: the statements and the topics recorded from them arrive in the order they were
 * stored, on the thread that also fills the live deliberation, so a recomputation never sees topics newer than its
 * statements.
 */
@Component
@ProcessingGroup(DeliberationProjection.GROUP)
public class TopicProjection {

  private final TopicBook book;
  private final TopicRecomputation recomputation;

  public TopicProjection(TopicBook book, TopicRecomputation recomputation) {
    this.book = book;
    this.recomputation = recomputation;
  }

  @EventHandler
  void on(ProjectCreated event) {
    book.of(event.projectId().value()).language(event.language());
  }

  @EventHandler
  void on(TopicsRecorded event) {
    book.of(event.projectId().value()).record(event);
    recomputation.recorded(event.projectId().value());
  }

  @EventHandler
  void on(StatementPosted event) {
    recomputation.changed(event.projectId().value());
  }

  @EventHandler
  void on(StatementHidden event) {
    recomputation.changed(event.projectId().value());
  }

  @EventHandler
  void on(StatementRestored event) {
    recomputation.changed(event.projectId().value());
  }

  @EventHandler
  void on(StatementEdited event) {
    recomputation.changed(event.projectId().value());
  }

  @EventHandler
  void on(StatementWithdrawn event) {
    recomputation.changed(event.projectId().value());
  }

  @ResetHandler
  void reset() {
    book.clear();
  }
}
