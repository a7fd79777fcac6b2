package org.deliberation.web.deliberation.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.vote.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * Builds a statement as the API shows it, the one place that decides what a hidden statement and an erased author
 * leave visible: a hidden statement keeps its place, kind, trail and counts, and shows its text, sources and declared
 * interests to moderators only; an erased author's id is never shown, their statements stay a former participant's.
 */
public final class StatementViews {

  /** What waits for a moderator, with the reports (see {@link StatementBoard#awaitingModeration}). */
  static List<FlaggedStatement> flagged(String project, StatementBoard board, VoteTally tally) {
    return board.awaitingModeration().stream()
        .map(
            item ->
                new FlaggedStatement(
                    live(project, item.record(), board, tally, true),
                    item.record().trail.openReports(),
                    item.reporters().independent(),
                    item.reporters().reasons()))
        .toList();
  }

  /** Pairs of shown statements where one contradicts the other, as the public sees them. */
  static List<List<StatementView>> contradictions(
      String project, StatementBoard board, VoteTally tally) {
    return board.contradictions().stream()
        .map(
            pair ->
                List.of(
                    live(project, pair.get(0), board, tally, false),
                    live(project, pair.get(1), board, tally, false)))
        .toList();
  }

  /** A statement the live deliberation holds, with its links and counts as the live state has them. */
  static StatementView live(
      String project,
      StatementRecord record,
      StatementBoard board,
      VoteTally tally,
      boolean moderator) {
    var posted = record.posted;
    RelatedStatement relatesTo = null;
    var related = new ArrayList<RelatedStatement>();
    if (posted.relatesTo() != null) {
      relatesTo =
          related(
              posted.relatesTo().statement().value(),
              posted.relatesTo().relation(),
              "TO",
              board.target(record),
              moderator);
      related.add(relatesTo);
    }
    for (var other : record.inbound) {
      if (!other.hidden() || moderator) {
        related.add(
            related(other.id(), other.posted.relatesTo().relation(), "FROM", other, moderator));
      }
    }
    return view(
        project,
        posted,
        record.trail,
        record.authorName,
        record.authorErased,
        relatesTo,
        related,
        tally.tally(record.index),
        tally.groups(record.index),
        tally.bridging(record.index),
        moderator);
  }

  /**
   * A statement from its own events, as current as its aggregate, for a reader who may have just changed it: what the
   * live state adds (the texts of its links, its counts) is taken from its view there, when it has it already.
   */
  public static StatementView fromEvents(
      String project,
      StatementPosted posted,
      ModerationTrail trail,
      @Nullable String authorName,
      boolean authorErased,
      Optional<StatementView> live,
      boolean moderator) {
    RelatedStatement link =
        posted.relatesTo() == null
            ? null
            : new RelatedStatement(
                posted.relatesTo().statement().value(),
                posted.relatesTo().relation().name(),
                "TO",
                "",
                null,
                null);
    return view(
        project,
        posted,
        trail,
        authorName,
        authorErased,
        live.map(StatementView::relatesTo).orElse(link),
        live.map(StatementView::related).orElse(link == null ? List.of() : List.of(link)),
        live.map(StatementView::counts).orElse(new Tally(0, 0, 0)),
        live.map(StatementView::groups).orElse(List.of()),
        live.map(StatementView::bridging).orElse(null),
        moderator);
  }

  private static StatementView view(
      String project,
      StatementPosted posted,
      ModerationTrail trail,
      @Nullable String authorName,
      boolean authorErased,
      @Nullable RelatedStatement relatesTo,
      List<RelatedStatement> related,
      Tally counts,
      List<GroupTally> groups,
      @Nullable Double bridging,
      boolean moderator) {
    boolean showText = !trail.hidden() || moderator;
    return new StatementView(
        posted.statementId().value(),
        project,
        posted.kind().name(),
        showText ? posted.text() : null,
        posted.stance() == null ? null : posted.stance().name(),
        showText ? posted.sources() : List.of(),
        relatesTo,
        showText ? posted.interests() : null,
        authorErased ? null : posted.author().value(),
        authorName,
        posted.postedAt(),
        posted.externalId(),
        trail.hiddenByModerator(),
        trail.decisions(),
        trail.reports(),
        counts,
        groups,
        bridging,
        related,
        posted.role().name(),
        trail.withdrawn());
  }

  /** Whether a vote may be taken on it, as far as the statement goes. */
  static Visibility visibility(ModerationTrail trail) {
    if (trail.withdrawn()) {
      return Visibility.WITHDRAWN;
    }
    return trail.hidden() ? Visibility.HIDDEN : Visibility.SHOWN;
  }

  /** The statement as its own events tell it now: posted, with its last edit's text. */
  static StatementPosted current(StatementPosted posted, List<? extends EventMessage<?>> events) {
    var current = posted;
    for (var event : events) {
      if (event.getPayload() instanceof StatementEdited edited) {
        current = withText(current, edited.text());
      }
    }
    return current;
  }

  /** The statement as its author last wrote it: the text of its last edit, if any, in place of the first. */
  public static StatementPosted withText(StatementPosted posted, String text) {
    return new StatementPosted(
        posted.statementId(),
        posted.projectId(),
        text,
        posted.kind(),
        posted.stance(),
        posted.sources(),
        posted.relatesTo(),
        posted.interests(),
        posted.postedAt(),
        posted.externalId(),
        posted.author(),
        posted.authorRole());
  }

  private static RelatedStatement related(
      String id,
      Relation relation,
      String direction,
      @Nullable StatementRecord other,
      boolean moderator) {
    boolean visible = other != null && (!other.hidden() || moderator);
    return new RelatedStatement(
        id,
        relation.name(),
        direction,
        other == null ? "" : other.posted.kind().name(),
        other == null || other.posted.stance() == null ? null : other.posted.stance().name(),
        visible ? other.posted.text() : null);
  }

  private StatementViews() {}
}
