package org.deliberation.core.follow.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.follow.FollowId;

/** Stop following a target (from the API, the page's button or a mail's unsubscribe link). */
public record StopFollowing(@TargetAggregateIdentifier FollowId followId) {}
