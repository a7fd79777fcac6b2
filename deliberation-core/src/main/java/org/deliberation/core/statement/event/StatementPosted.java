package org.deliberation.core.statement.event;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.RelatesTo;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.jspecify.annotations.Nullable;

/**
 * A statement was posted.
 *
 * @param postedAt when: now for a live statement, the source's time for an imported one
 * @param externalId the statement's id in the conversation it was imported from, written back on export
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
    ParticipantId author)
    implements StatementEvent {

  public StatementPosted {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
