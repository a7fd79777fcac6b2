package org.deliberation.core.statement.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.RelatesTo;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.jspecify.annotations.Nullable;

/** Post a contribution or a viewpoint to a project, or import one (with its source time and id). */
public record PostStatement(
    @TargetAggregateIdentifier StatementId statementId,
    ProjectId projectId,
    String text,
    StatementKind kind,
    @Nullable Stance stance,
    List<String> sources,
    @Nullable RelatesTo relatesTo,
    @Nullable String interests,
    Instant postedAt,
    @Nullable String externalId,
    Actor by) {

  public PostStatement {
    sources = List.copyOf(sources);
  }
}
