package org.deliberation.core.petition.event;

import org.deliberation.core.petition.AuthorityId;

/** Everything that can happen to an authority. */
public sealed interface AuthorityEvent permits AuthorityCreated {

  AuthorityId authorityId();
}
