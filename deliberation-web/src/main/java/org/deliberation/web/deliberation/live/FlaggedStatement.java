package org.deliberation.web.deliberation.live;

import java.util.List;

/**
 * A statement in the moderators' queue, with the reports made since its last moderation decision.
 *
 * @param independentReporters how many independent people the open reports come from: reporters found in one
 *     coordinated group count as one ({@code FlagReview}), so twenty flags from a brigade weigh as one report
 * @param coordination why some reporters were counted together, for the moderators (empty when none were)
 */
public record FlaggedStatement(
    StatementView statement,
    List<FlagEntry> openFlags,
    int independentReporters,
    List<String> coordination) {

  public FlaggedStatement {
    openFlags = List.copyOf(openFlags);
    coordination = List.copyOf(coordination);
  }
}
