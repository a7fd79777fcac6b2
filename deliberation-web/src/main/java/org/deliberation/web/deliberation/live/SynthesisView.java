package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The synthesis of a project as the API shows it.
 *
 * @param position the position in the event store of the last vote or moderation it includes
 * @param at for a synthesis of the past, the instant it shows; null for the live one
 */
public record SynthesisView(
    String project,
    long position,
    Instant computedAt,
    @Nullable Instant at,
    String stage,
    int participants,
    long votes,
    List<GroupView> groups,
    List<ScoredStatement> consensus,
    List<ScoredStatement> sharedDisagreement,
    List<ScoredStatement> dissent,
    List<ScoredStatement> uncertain) {

  public SynthesisView {
    groups = List.copyOf(groups);
    consensus = List.copyOf(consensus);
    sharedDisagreement = List.copyOf(sharedDisagreement);
    dissent = List.copyOf(dissent);
    uncertain = List.copyOf(uncertain);
  }
}
