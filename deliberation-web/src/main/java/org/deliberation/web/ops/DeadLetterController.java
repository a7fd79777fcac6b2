package org.deliberation.web.ops;

import java.util.ArrayList;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.deliberation.core.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The events projections parked because they failed on them, for admins (a route rule of the security chain): what
 * failed and why, and, once the cause is fixed (a new version deployed, a store back), a retry that feeds them to the
 * projection again in their order.
 */
@RestController
public class DeadLetterController {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

  /** A retry takes at most this many sequences, so that one request cannot keep a worker thread for ever. */
  private static final int RETRIED_PER_REQUEST = 10_000;

  private final EventProcessingConfiguration processing;

  public DeadLetterController(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  @GetMapping("/api/admin/dead-letters")
  Mono<DeadLetterView.Page> list() {
    return Mono.just(processing)
        .publishOn(Schedulers.boundedElastic())
        .map(
            configuration -> {
              var items = new ArrayList<DeadLetterView>();
              for (var processor : configuration.eventProcessors().keySet()) {
                configuration
                    .deadLetterQueue(processor)
                    .ifPresent(
                        queue -> {
                          for (var sequence : queue.deadLetters()) {
                            for (var letter : sequence) {
                              var message = letter.message();
                              Long position =
                                  message instanceof TrackedEventMessage<?> tracked
                                          && tracked.trackingToken() != null
                                      ? tracked.trackingToken().position().stream()
                                          .boxed()
                                          .findFirst()
                                          .orElse(null)
                                      : null;
                              items.add(
                                  new DeadLetterView(
                                      processor,
                                      position,
                                      message.getPayloadType().getSimpleName(),
                                      letter.cause().map(cause -> cause.message()).orElse(""),
                                      letter.enqueuedAt()));
                            }
                          }
                        });
              }
              return new DeadLetterView.Page(items);
            });
  }

  @PostMapping("/api/admin/dead-letters/{processor}/retry")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<Map<String, String>> retry(@PathVariable String processor) {
    return Mono.fromSupplier(
            () ->
                processing
                    .sequencedDeadLetterProcessor(processor)
                    .orElseThrow(() -> new NoSuchProjectionException(processor)))
        .doOnNext(
            deadLetters ->
                Mono.fromRunnable(
                        () -> {
                          int retried = 0;
                          while (retried < RETRIED_PER_REQUEST && deadLetters.processAny()) {
                            retried++;
                          }
                          log.info(
                              "Retried {} parked sequence(s) of projection {}", retried, processor);
                        })
                    .subscribeOn(Schedulers.boundedElastic())
                    .subscribe(
                        done -> {},
                        failure ->
                            log.warn(
                                "Retrying the parked events of {} failed: {}",
                                processor,
                                failure.toString())))
        .map(started -> Map.of("processor", processor, "state", "RETRYING"));
  }

  /** A retry asked of a projection that does not exist, or that parks nothing. */
  static final class NoSuchProjectionException extends NotFoundException {

    NoSuchProjectionException(String processor) {
      super(
          "There is no projection '"
              + processor
              + "' that parks events. GET /api/admin/dead-letters lists the "
              + "parked events with their projection's name.");
    }

    @Override
    public String title() {
      return "No such projection";
    }
  }
}
