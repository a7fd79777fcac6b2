package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.statement.event.StatementPosted;
import org.jspecify.annotations.Nullable;

/** A statement's live state: its moderation trail, its flags and its counts. Guarded by its project. */
final class StatementRecord {

  final StatementPosted posted;
  final int index;
  final long position;
  final Instant postedAt;
  boolean hidden;
  /** The name shown beside it; null for an imported statement, whose author has no account here. */
  @Nullable String authorName;
  /** Its author erased their personal data: it stays, as a former participant's, without even their opaque id. */
  boolean authorErased;
  final List<ModerationEntry> moderation = new ArrayList<>();
  final List<FlagEntry> flags = new ArrayList<>();
  final int[] counts = new int[3];
  /** The statements that support or contradict this one. */
  final List<StatementRecord> inbound = new ArrayList<>();
  int[][] byGroup = new int[0][3];

  StatementRecord(StatementPosted posted, @Nullable String authorName, int index, long position) {
    this.posted = posted;
    this.authorName = authorName;
    this.index = index;
    this.position = position;
    this.postedAt = posted.postedAt();
  }

  String id() {
    return posted.statementId().value();
  }

  /** Whether it was hidden at that instant, from its moderation trail. */
  boolean hiddenAt(Instant at) {
    boolean hiddenThen = false;
    for (var entry : moderation) {
      if (!entry.at().isAfter(at)) {
        hiddenThen = entry.action() == ModerationAction.HIDE;
      }
    }
    return hiddenThen;
  }

  Tally tally() {
    return new Tally(counts[0], counts[1], counts[2]);
  }

  /** 0 agree, 1 disagree, 2 pass: the index of a vote's value in the counts. */
  static int kind(int vote) {
    return vote > 0 ? 0 : vote < 0 ? 1 : 2;
  }
}
