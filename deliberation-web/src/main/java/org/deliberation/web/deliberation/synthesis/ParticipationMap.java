package org.deliberation.web.deliberation.synthesis;

import java.util.List;
import org.deliberation.web.deliberation.live.MapPoint;

/** The opinion map: every voter's place on the two principal components, and their group. */
public record ParticipationMap(List<MapPoint> points) {

  public ParticipationMap {
    points = List.copyOf(points);
  }
}
