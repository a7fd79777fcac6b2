package org.deliberation.core.page.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.PageId;
import org.deliberation.core.project.Stage;

/**
 * Replace a page's text. {@code baseRevision} is the revision the author started from (the HTTP {@code If-Match});
 * when newer revisions exist, the edit is merged with them or refused.
 */
public record EditPage(
    @TargetAggregateIdentifier PageId pageId,
    int baseRevision,
    String markdown,
    String comment,
    Stage projectStage,
    Actor by) {}
