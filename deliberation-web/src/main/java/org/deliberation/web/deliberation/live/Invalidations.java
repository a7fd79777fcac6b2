package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.VotesInvalidated;

/**
 * A project's invalidations in the order they were recorded, reversed ones kept: whose votes the synthesis leaves out
 * now, and whose it left out at any instant of the past. Not thread safe: its {@link ProjectDeliberation} guards it.
 */
public final class Invalidations {

  private final Map<String, Invalidation> byId = new LinkedHashMap<>();

  /** The invalidations told by a project's own events, in their order (other events are passed over). */
  public static List<Invalidation> of(List<?> payloads) {
    var folded = new Invalidations();
    payloads.forEach(folded::apply);
    return folded.all();
  }

  /** Applies an invalidation or its reversal; any other event changes nothing. */
  void apply(Object event) {
    switch (event) {
      case VotesInvalidated recorded ->
          byId.putIfAbsent(
              recorded.invalidationId(),
              new Invalidation(
                  recorded.invalidationId(),
                  recorded.participants().stream().map(ParticipantId::value).toList(),
                  recorded.reason(),
                  recorded.invalidatedBy().value(),
                  recorded.at(),
                  null,
                  null));
      case InvalidationReversed reversed ->
          byId.computeIfPresent(
              reversed.invalidationId(),
              (id, invalidation) ->
                  invalidation.reversed(reversed.reversedBy().value(), reversed.at()));
      default -> {
        // not about invalidations
      }
    }
  }

  List<Invalidation> all() {
    return List.copyOf(byId.values());
  }

  /** The participants whose votes the synthesis leaves out now. */
  Set<String> excluded() {
    return excluded(Invalidation::inForce);
  }

  /** The participants whose votes the synthesis left out at an instant. */
  Set<String> excludedAt(Instant at) {
    return excluded(invalidation -> invalidation.inForceAt(at));
  }

  private Set<String> excluded(Predicate<Invalidation> applies) {
    var out = new TreeSet<String>();
    byId.values().stream().filter(applies).forEach(i -> out.addAll(i.participants()));
    return Set.copyOf(out);
  }
}
