package org.deliberation.web.ops;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deliberation.web.platform.axon.Projection;
import org.deliberation.web.platform.axon.ProjectionStatus;
import org.deliberation.web.platform.axon.ProjectionStatuses;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN until every tracking processor runs and has caught up with the event store, so that a node joining a cluster
 * or rebuilding its projections is not sent readers before its read models are complete. The search index is the
 * exception: it may rebuild for a long while, and the site works without it meanwhile, so its progress is shown here
 * (and at {@code /api/search/status}) without holding the node back. Each projection's details say its state, its
 * lag behind the head and how many events it has parked: a projection that parks events goes on, and stays UP, but
 * the count shows that something needs an admin's look ({@code /api/admin/dead-letters}). A projection kept in the
 * store whose claim another node holds ({@code HELD_ELSEWHERE}) is that node's to keep, and holds nothing back here.
 */
@Component("projections")
public class ProjectionsHealthIndicator implements HealthIndicator {

  private final ProjectionStatuses statuses;
  private final Set<String> catchingUpWhileServing;

  public ProjectionsHealthIndicator(ProjectionStatuses statuses, List<Projection> projections) {
    this.statuses = statuses;
    this.catchingUpWhileServing =
        projections.stream()
            .filter(projection -> !projection.holdsReadiness())
            .map(Projection::group)
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Health health() {
    var builder = Health.up();
    boolean ready = true;
    for (var status : statuses.all()) {
      builder.withDetail(
          status.name(),
          Map.of(
              "state",
              status.state().name(),
              "position",
              status.position(),
              "lag",
              status.lag(),
              "parked",
              status.parked()));
      ready &=
          status.state() == ProjectionStatus.State.CAUGHT_UP
              || status.state() == ProjectionStatus.State.HELD_ELSEWHERE
              || catchingUpWhileServing.contains(status.name());
    }
    return ready ? builder.build() : builder.down().build();
  }
}
