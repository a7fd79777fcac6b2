package org.deliberation.core.follow.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.follow.FollowId;

/** Follow a target, or change whether its news also come by e-mail. */
public record StartFollowing(@TargetAggregateIdentifier FollowId followId, boolean email) {}
