package org.deliberation.web.deliberation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement as the API shows it. A hidden statement keeps its place and its moderation trail; its text is shown to
 * moderators only.
 *
 * @param author an opaque participant id: statements carry no personal data
 * @param groups the counts of each opinion group, as of the last clustering
 */
public record StatementView(
    String id,
    String project,
    String kind,
    @Nullable String text,
    @Nullable String stance,
    List<String> sources,
    @Nullable RelatedStatement relatesTo,
    @Nullable String interests,
    String author,
    Instant postedAt,
    @Nullable String externalId,
    boolean hidden,
    List<ModerationEntry> moderation,
    int flags,
    Tally counts,
    List<GroupTally> groups,
    List<RelatedStatement> related) {

  public StatementView {
    sources = List.copyOf(sources);
    moderation = List.copyOf(moderation);
    groups = List.copyOf(groups);
    related = List.copyOf(related);
  }
}
