package org.deliberation.web.ops;

import java.time.Instant;
import java.util.List;

/**
 * One parked event.
 *
 * @param processor the projection that parked it
 * @param position its position in the event stream, when it came through a tracking processor
 * @param type the kind of event
 * @param error why the projection could not take it
 * @param at when it was parked
 */
public record DeadLetterView(
    String processor, Long position, String type, String error, Instant at) {

  /** The parked events of every projection. */
  public record Page(List<DeadLetterView> items) {

    public Page {
      items = List.copyOf(items);
    }
  }
}
