package org.deliberation.web.platform.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends commands from reactive handlers. Axon's simple command bus runs the handler, which loads the aggregate and
 * appends its events with the blocking driver, on the sending thread; this moves it off the event loop.
 */
@Component
public class Commands {

  private final CommandGateway gateway;

  public Commands(CommandGateway gateway) {
    this.gateway = gateway;
  }

  /** Sends a command; the mono completes with the handler's result, or fails with what the handler threw. */
  public <R> Mono<R> send(Object command) {
    return Mono.<R>fromFuture(() -> gateway.send(command)).subscribeOn(Schedulers.boundedElastic());
  }
}
