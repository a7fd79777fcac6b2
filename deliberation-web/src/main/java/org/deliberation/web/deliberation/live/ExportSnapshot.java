package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A project's statements and votes copied at one moment, for an export.
 *
 * @param votes every vote in the order recorded, replaced ones included, as Pol.is exports them
 * @param externalIds participant id to their id in the conversation they were imported from
 * @param groups participant id to opinion group, for the clustered participants
 */
public record ExportSnapshot(List<Posted> statements, List<Cast> votes, Map<String, String> externalIds,
    Map<String, String> groups) {

  /** A statement. */
  public record Posted(String id, String text, String author, @Nullable String externalId, Instant postedAt,
      boolean hidden, int agree, int disagree) {}

  /** A vote: +1 agree, -1 disagree, 0 pass. */
  public record Cast(String participant, String statement, int vote, long castAtMillis) {}
}
