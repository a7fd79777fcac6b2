package org.deliberation.web.project.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ReadabilityTargetSet;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.readability.ReadingLevel;

/** Folds a project's own events into its view, which is therefore current the moment a command returns. */
public final class ProjectHistory {

  private final MarkdownRenderer markdown;

  public ProjectHistory(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** The project with its pages; empty when the events hold no project. */
  public Optional<ProjectView> fold(List<DomainEventMessage<?>> events, List<PageEntry> pages) {
    ProjectCreated created = null;
    Instant createdAt = null;
    String stage = "DRAFT";
    ReadingLevel target = null;
    var stages = new ArrayList<ProjectView.StageStep>();
    var responses = new ArrayList<ProjectView.Response>();
    for (var message : events) {
      switch (message.getPayload()) {
        case ProjectCreated event -> {
          created = event;
          createdAt = message.getTimestamp();
          stages.add(new ProjectView.StageStep("DRAFT", createdAt, null));
        }
        case StageChanged event -> {
          stage = event.to().name();
          stages.add(new ProjectView.StageStep(stage, message.getTimestamp(), event.note()));
        }
        case ResponsePublished event ->
            responses.add(
                new ProjectView.Response(
                    event.responseId(),
                    event.markdown(),
                    markdown.render(event.markdown()),
                    message.getTimestamp()));
        case ReadabilityTargetSet event -> target = event.level();
        default -> {
          // other event families do not change the project's own view
        }
      }
    }
    if (created == null) {
      return Optional.empty();
    }
    var measured = new ArrayList<PageEntry>(pages.size());
    for (var page : pages) {
      measured.add(page.against(target));
    }
    return Optional.of(
        new ProjectView(
            created.projectId().value(),
            created.slug(),
            created.title(),
            created.question(),
            created.authority(),
            created.language().name(),
            stage,
            createdAt,
            stages,
            measured,
            responses,
            Map.of("pages", pages.size(), "responses", responses.size()),
            target,
            created.petition()));
  }
}
