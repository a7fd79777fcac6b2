package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.RelatesTo;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.VoteCast;
import org.jspecify.annotations.Nullable;

/** The events of one project, "hall", for the live deliberation's tests. */
final class Events {

  static final String PROJECT = "hall";
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  static StatementPosted contribution(String id, String text) {
    return posted(id, text, StatementKind.CONTRIBUTION, null, null);
  }

  /** A viewpoint of an expert, with a source and declared interests, linked to another statement if asked. */
  static StatementPosted viewpoint(
      String id, String text, @Nullable String relatesTo, @Nullable Relation relation) {
    return posted(
        id,
        text,
        StatementKind.VIEWPOINT,
        relatesTo == null ? null : new RelatesTo(new StatementId(relatesTo), relation),
        "Paid by the hall's builder");
  }

  private static StatementPosted posted(
      String id,
      String text,
      StatementKind kind,
      @Nullable RelatesTo link,
      @Nullable String interests) {
    return new StatementPosted(
        new StatementId(id),
        new ProjectId(PROJECT),
        text,
        kind,
        kind == StatementKind.VIEWPOINT ? Stance.AGAINST : null,
        kind == StatementKind.VIEWPOINT ? List.of("https://example.org/study") : List.of(),
        link,
        interests,
        T0,
        null,
        new ParticipantId("author-of-" + id));
  }

  static VoteCast vote(String participant, String statement, Vote vote, Instant castAt) {
    return new VoteCast(
        new ProjectId(PROJECT),
        new StatementId(statement),
        new ParticipantId(participant),
        vote,
        castAt);
  }

  static StatementHidden hidden(String statement, String reason) {
    return new StatementHidden(
        new StatementId(statement), new ProjectId(PROJECT), reason, new ParticipantId("moderator"));
  }

  static StatementRestored restored(String statement, String reason) {
    return new StatementRestored(
        new StatementId(statement), new ProjectId(PROJECT), reason, new ParticipantId("moderator"));
  }

  static StatementFlagged flagged(String statement, String by, String reason) {
    return new StatementFlagged(
        new StatementId(statement), new ProjectId(PROJECT), reason, new ParticipantId(by));
  }

  private Events() {}
}
