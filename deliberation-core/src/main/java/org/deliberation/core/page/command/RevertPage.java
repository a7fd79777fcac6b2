package org.deliberation.core.page.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.PageId;
import org.deliberation.core.project.Stage;

/** Restore the text of an earlier revision, as a new revision: history is never rewritten. */
public record RevertPage(
    @TargetAggregateIdentifier PageId pageId,
    int revision,
    String comment,
    Stage projectStage,
    Actor by) {}
