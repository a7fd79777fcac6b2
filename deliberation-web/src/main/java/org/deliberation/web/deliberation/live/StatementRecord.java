package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementPosted;
import org.jspecify.annotations.Nullable;

/** A statement's live state: its moderation trail and its links. Guarded by its project; its counts are its tally's. */
final class StatementRecord {

  /** As posted, with the text of its author's last edit. */
  StatementPosted posted;

  /** Its place in the order of posting: its row in the tally and the vote log. */
  final int index;

  final long position;
  final Instant postedAt;

  /** The name shown beside it; null for an imported statement, whose author has no account here. */
  @Nullable String authorName;

  /** Its author erased their personal data: it stays, as a former participant's, without even their opaque id. */
  boolean authorErased;

  final ModerationTrail trail = new ModerationTrail();

  /** The statements that support or contradict this one. */
  final List<StatementRecord> inbound = new ArrayList<>();

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

  boolean hidden() {
    return trail.hidden();
  }

  /** Folds one of its events: a new text, or a change to its trail. */
  void apply(StatementEvent event, Instant at) {
    if (event instanceof StatementEdited edited) {
      posted = StatementViews.withText(posted, edited.text());
    }
    trail.apply(event, at);
  }
}
