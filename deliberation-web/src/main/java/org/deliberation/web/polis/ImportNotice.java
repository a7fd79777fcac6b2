package org.deliberation.web.polis;

import org.deliberation.web.platform.jobs.JobState;
import org.deliberation.web.project.projection.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A project's import while it is incomplete, so that the project page says when the project's statements and votes
 * are not all there yet.
 */
@Component
public class ImportNotice {

  private final Projects projects;
  private final PolisImporter importer;

  public ImportNotice(Projects projects, PolisImporter importer) {
    this.projects = projects;
    this.importer = importer;
  }

  /** The import while it is incomplete (running or failed); none once it is done, or for a project without one. */
  public Mono<ImportStatus> incompleteImport(@Nullable String slug) {
    if (slug == null) {
      return Mono.empty(); // a project page without a project in its address shows no import
    }
    return projects
        .resolve(slug)
        .flatMap(
            project ->
                Mono.fromCallable(() -> importer.status(project))
                    .subscribeOn(Schedulers.boundedElastic()))
        .flatMap(Mono::justOrEmpty)
        .filter(status -> status.state() != JobState.DONE)
        .onErrorResume(e -> Mono.empty()); // an unknown project: the page itself answers 404
  }
}
