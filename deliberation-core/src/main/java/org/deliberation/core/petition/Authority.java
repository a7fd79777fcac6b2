package org.deliberation.core.petition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.deliberation.core.petition.command.CreateAuthority;
import org.deliberation.core.petition.event.AuthorityEvent;

/**
 * An authority petitions are addressed to: a thin Axon shell over {@link AuthorityRules}. Its thresholds never
 * change: a petition copies them when it opens. Registered with Axon by the web module.
 */
public class Authority {

  @AggregateIdentifier private AuthorityId id;

  protected Authority() {
    // Axon rebuilds an authority from its events
  }

  @CommandHandler
  public Authority(CreateAuthority command) {
    AuthorityRules.create(command).forEach(AggregateLifecycle::apply);
  }

  @EventSourcingHandler
  void on(AuthorityEvent event) {
    id = event.authorityId();
  }
}
