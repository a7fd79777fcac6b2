package org.deliberation.web.api.polis;

import org.deliberation.web.api.project.Projects;
import org.deliberation.web.job.JobState;
import org.deliberation.web.pages.ProjectPages;
import org.deliberation.web.polis.ImportStatus;
import org.deliberation.web.polis.PolisImporter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Gives the project page its import, as {@code polisImport} ({@link ImportStatus}, or absent), so that the page says
 * when the project's statements and votes are incomplete: from here, so that the pages need no change but a line of
 * their template.
 */
@ControllerAdvice(assignableTypes = ProjectPages.class)
class ImportNotice {

  private final Projects projects;
  private final PolisImporter importer;

  ImportNotice(Projects projects, PolisImporter importer) {
    this.projects = projects;
    this.importer = importer;
  }

  /** The import while it is incomplete (running or failed); none once it is done, or for a project without one. */
  @ModelAttribute("polisImport")
  Mono<ImportStatus> incompleteImport(@PathVariable(required = false) @Nullable String slug) {
    if (slug == null) {
      return Mono.empty(); // a project page without a project in its address shows no import
    }
    return projects.resolve(slug)
        .flatMap(project -> Mono.fromCallable(() -> importer.status(project)).subscribeOn(Schedulers.boundedElastic()))
        .flatMap(Mono::justOrEmpty)
        .filter(status -> status.state() != JobState.DONE)
        .onErrorResume(e -> Mono.empty()); // an unknown project: the page itself answers 404
  }
}
