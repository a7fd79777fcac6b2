package org.deliberation.core.page.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.PageId;

/** Write the first revision of a page. */
public record CreatePage(@TargetAggregateIdentifier PageId pageId, String markdown, String comment, Actor by) {}
