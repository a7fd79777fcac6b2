package org.deliberation.web.platform.pages;

import org.deliberation.core.common.Actor;
import reactor.core.publisher.Mono;

/**
 * Who a signed-in actor is, as the layout of every page shows them (their name and what their roles let the page
 * offer). The participants' feature answers it; the pages' support knows no feature.
 */
public interface Visitors {

  /** The visitor an actor is; empty when their account is gone (erased since the request was signed in). */
  Mono<Visitor> of(Actor actor);
}
