package org.deliberation.core.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Language;
import org.jspecify.annotations.Nullable;

/** Open a wikiproject about one pending public decision. The slug must already be reserved as unique. */
public record CreateProject(
    @TargetAggregateIdentifier ProjectId projectId,
    String slug,
    String title,
    String question,
    String authority,
    Language language,
    Actor by,
    @Nullable String petition) {

  /** A project opened on its own, from no petition. */
  public CreateProject(
      ProjectId projectId,
      String slug,
      String title,
      String question,
      String authority,
      Language language,
      Actor by) {
    this(projectId, slug, title, question, authority, language, by, null);
  }
}
