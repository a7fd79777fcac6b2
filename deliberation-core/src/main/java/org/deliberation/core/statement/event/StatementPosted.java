package org.deliberation.core.statement.event;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.AuthorRole;
import org.deliberation.core.statement.RelatesTo;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * A statement was posted.
 *
 * @param postedAt when: now for a live statement, the source's time for an imported one
 * @param externalId the statement's id in the conversation it was imported from, written back on export
 * @param authorRole in what capacity the author posted it, from their roles then; null in events stored before it was
 *     recorded, read as {@link AuthorRole#orDefault}
 */
public record StatementPosted(
    StatementId statementId,
    ProjectId projectId,
    String text,
    StatementKind kind,
    @Nullable Stance stance,
    List<String> sources,
    @Nullable RelatesTo relatesTo,
    @Nullable String interests,
    Instant postedAt,
    @Nullable String externalId,
    ParticipantId author,
    @Nullable AuthorRole authorRole)
    implements StatementEvent {

  public StatementPosted {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** A statement whose author's capacity is not recorded, as stored before it was. */
  public StatementPosted(
      StatementId statementId,
      ProjectId projectId,
      String text,
      StatementKind kind,
      @Nullable Stance stance,
      List<String> sources,
      @Nullable RelatesTo relatesTo,
      @Nullable String interests,
      Instant postedAt,
      @Nullable String externalId,
      ParticipantId author) {
    this(
        statementId,
        projectId,
        text,
        kind,
        stance,
        sources,
        relatesTo,
        interests,
        postedAt,
        externalId,
        author,
        null);
  }

  /** In what capacity the author posted it, recorded or (for an older event) inferred from its kind. */
  public AuthorRole role() {
    return AuthorRole.orDefault(authorRole, kind);
  }
}
