package org.deliberation.web.pages;

import org.deliberation.web.api.project.ProjectController;
import org.deliberation.web.api.synthesis.SynthesisController;
import org.deliberation.web.readmodel.project.ProjectSummaryView;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The home page: the wikiprojects with their stage and activity, and a search box. */
@Controller
public class HomePage {

  private final ProjectController projects;
  private final SynthesisController synthesis;

  public HomePage(ProjectController projects, SynthesisController synthesis) {
    this.projects = projects;
    this.synthesis = synthesis;
  }

  /** A project on the home page, with how many people took part and how many votes they cast. */
  public record ProjectCard(ProjectSummaryView project, int participants, long votes) {}

  @GetMapping("/")
  Mono<Rendering> home() {
    return projects.list(200, null)
        .flatMapMany(page -> Flux.fromIterable(page.items()))
        .concatMap(project -> synthesis.read(project.id(), null, null)
            .map(view -> new ProjectCard(project, view.participants(), view.votes()))
            .onErrorReturn(new ProjectCard(project, 0, 0)))
        .collectList()
        .map(cards -> Rendering.view("home").modelAttribute("projects", cards).build());
  }
}
