package org.deliberation.web.notification.follow;

import org.deliberation.core.follow.FollowTarget;
import org.deliberation.web.project.projection.Projects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Projects can be followed, by id or slug. */
@Component
class ProjectFollowTargets implements FollowTargets {

  private final Projects projects;

  ProjectFollowTargets(Projects projects) {
    this.projects = projects;
  }

  @Override
  public FollowTarget.Kind kind() {
    return FollowTarget.Kind.PROJECT;
  }

  @Override
  public Mono<FollowedTarget> find(String idOrSlug) {
    return projects
        .read(idOrSlug)
        .map(
            project ->
                new FollowedTarget(
                    FollowTarget.project(project.id()),
                    project.title(),
                    project.language(),
                    "/projects/" + project.slug()));
  }
}
