package org.deliberation.web.participant;

import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.pages.Visitor;
import org.deliberation.web.platform.pages.Visitors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The visitor a signed-in participant is on the pages: their display name and their current roles. */
@Component
class SiteVisitors implements Visitors {

  private final Participants participants;

  SiteVisitors(Participants participants) {
    this.participants = participants;
  }

  @Override
  public Mono<Visitor> of(Actor actor) {
    return participants
        .find(actor.id())
        .map(account -> new Visitor(account.id().value(), account.displayName(), account.roles()));
  }
}
