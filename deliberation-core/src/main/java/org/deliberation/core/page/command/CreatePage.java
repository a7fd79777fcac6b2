package org.deliberation.core.page.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.PageId;
import org.deliberation.core.project.Stage;

/** Write the first revision of a page. */
public record CreatePage(
    @TargetAggregateIdentifier PageId pageId,
    String markdown,
    String comment,
    Stage projectStage,
    Actor by) {}
