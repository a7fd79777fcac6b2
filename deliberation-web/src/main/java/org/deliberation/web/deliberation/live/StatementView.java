package org.deliberation.web.deliberation.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement as the API shows it. A hidden statement keeps its place and its moderation trail; its text is shown to
 * moderators only.
 *
 * @param author the author's opaque participant id; null once they erased their personal data
 * @param authorName the name shown beside the statement: the author's display name, or "a former participant" once
 *     they erased their personal data (the statement stays, everywhere); null for a statement imported from another
 *     conversation, whose author has no account here
 * @param groups the counts of each opinion group, as of the last clustering
 * @param authorRole in what capacity its author posted it: {@code CITIZEN}, {@code EXPERT} or {@code AUTHORITY}
 *     (an official, speaking for the authority); kept when the author erased their personal data
 * @param withdrawn its author withdrew it: it is in no list and no synthesis, and its text is shown to moderators
 *     only, as a hidden statement's; {@code hidden} says whether a moderator hid it
 * @param bridging the statement's bridging score in the last synthesis: its intercept in the one-factor matrix
 *     factorization, high only when people on both sides of the main divide agree with it (see
 *     {@code docs/synthesis.md}); null until enough participants voted on it, and for a hidden statement
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
    @Nullable String author,
    @Nullable String authorName,
    Instant postedAt,
    @Nullable String externalId,
    boolean hidden,
    List<ModerationEntry> moderation,
    int flags,
    Tally counts,
    List<GroupTally> groups,
    // Always present, null until computed: every statement carries it.
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double bridging,
    List<RelatedStatement> related,
    String authorRole,
    boolean withdrawn) {

  public StatementView {
    sources = List.copyOf(sources);
    moderation = List.copyOf(moderation);
    groups = List.copyOf(groups);
    related = List.copyOf(related);
  }
}
