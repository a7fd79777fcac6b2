package org.deliberation.core.statement.event;

import java.util.List;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.RelatesTo;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.jspecify.annotations.Nullable;

/** A statement was posted. */
public record StatementPosted(
    StatementId statementId,
    ProjectId projectId,
    String text,
    StatementKind kind,
    @Nullable Stance stance,
    List<String> sources,
    @Nullable RelatesTo relatesTo,
    @Nullable String interests,
    ParticipantId author)
    implements StatementEvent {

  public StatementPosted {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
