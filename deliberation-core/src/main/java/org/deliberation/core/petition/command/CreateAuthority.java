package org.deliberation.core.petition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.Thresholds;

/** Record an authority that petitions may be addressed to, with its thresholds. Admins only. */
public record CreateAuthority(
    @TargetAggregateIdentifier AuthorityId authorityId,
    String name,
    Thresholds thresholds,
    Actor by) {}
