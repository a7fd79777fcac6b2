package org.deliberation.web.petition.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionStatus;
import org.deliberation.core.petition.ThresholdName;
import org.deliberation.core.petition.event.PetitionAnswered;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionSigned;
import org.deliberation.core.petition.event.SignatureWithdrawn;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.web.platform.stream.LiveRelay;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One petition in the read model. Its own lock serializes the projection's changes, the readers' snapshots and the
 * attachment of stream readers, so that a reader gets the count and then every change after it, nothing in between.
 */
final class PetitionRecord {

  /** A signature as the read model keeps it: its area (null for none) and instant. */
  record Signed(@Nullable String area, Instant at) {}

  /** A count sent on the stream, with the event store position it stands at. */
  record Positioned(long position, SignatureCount count) {}

  private final PetitionOpened opened;
  private final String html;
  private final Map<ParticipantId, Signed> signers = new HashMap<>();
  private final Map<String, Integer> areas = new HashMap<>();
  private final Map<ThresholdName, Instant> reached = new EnumMap<>(ThresholdName.class);
  private final List<SignatureInvalidation> invalidations = new ArrayList<>();
  private final Sinks.Many<Positioned> live = Sinks.many().multicast().directBestEffort();
  private PetitionStatus status = PetitionStatus.OPEN;
  private boolean hidden;
  private @Nullable PetitionResponse response;
  private @Nullable String project;
  private boolean openerErased;
  private Positioned last;

  PetitionRecord(PetitionOpened opened, String html, long position) {
    this.opened = opened;
    this.html = html;
    this.last = new Positioned(position, count());
  }

  String id() {
    return opened.petitionId().value();
  }

  String authority() {
    return opened.authorityId().value();
  }

  synchronized void signed(PetitionSigned event, long position) {
    signers.put(event.participantId(), new Signed(event.area(), event.at()));
    if (event.area() != null) {
      areas.merge(event.area(), 1, Integer::sum);
    }
    changed(position);
  }

  synchronized void withdrawn(SignatureWithdrawn event, long position) {
    remove(event.participantId());
    changed(position);
  }

  synchronized void invalidated(SignaturesInvalidated event, long position) {
    event.removed().forEach(this::remove);
    invalidations.add(
        new SignatureInvalidation(
            event.invalidationId(),
            event.participants().stream().map(ParticipantId::value).toList(),
            event.removed().stream().map(ParticipantId::value).toList(),
            event.reason(),
            event.invalidatedBy().value(),
            event.at(),
            event.signatures()));
    changed(position);
  }

  synchronized void reached(ThresholdReached event, long position) {
    reached.putIfAbsent(event.name(), event.at());
    changed(position);
  }

  synchronized void answered(PetitionAnswered event, String html) {
    status = PetitionStatus.ANSWERED;
    response = new PetitionResponse(event.markdown(), html, event.answeredBy().value(), event.at());
  }

  synchronized void closed() {
    status = PetitionStatus.CLOSED;
  }

  synchronized void hidden(boolean hidden) {
    this.hidden = hidden;
  }

  synchronized void project(String project) {
    this.project = project;
  }

  synchronized boolean isHidden() {
    return hidden;
  }

  synchronized int signatures() {
    return signers.size();
  }

  synchronized @Nullable Instant onAgendaSince() {
    return reached.get(ThresholdName.AGENDA);
  }

  synchronized PetitionStatus status() {
    return status;
  }

  synchronized @Nullable Signed signature(ParticipantId participant) {
    return signers.get(participant);
  }

  /** How many of these participants' signatures are counted now. */
  synchronized List<String> countedAmong(List<String> participants) {
    return participants.stream()
        .distinct()
        .filter(id -> signers.containsKey(new ParticipantId(id)))
        .sorted()
        .toList();
  }

  synchronized List<SignatureInvalidation> invalidations() {
    return List.copyOf(invalidations);
  }

  synchronized PetitionView view() {
    return new PetitionView(
        id(),
        opened.title(),
        opened.text(),
        html,
        opened.language().name(),
        authority(),
        opened.authorityName(),
        status,
        hidden,
        signers.size(),
        thresholds(),
        response,
        project,
        areas.entrySet().stream()
            .map(entry -> new AreaCount(entry.getKey(), entry.getValue()))
            .sorted(
                Comparator.comparingInt(AreaCount::signatures)
                    .reversed()
                    .thenComparing(AreaCount::area))
            .toList(),
        reached.get(ThresholdName.AGENDA),
        openerErased ? null : opened.openedBy().value(),
        opened.at(),
        null);
  }

  synchronized SignatureCount count() {
    return new SignatureCount(id(), signers.size(), thresholds());
  }

  /** The count now (unless the reader saw it already), then every change: see {@link LiveRelay}. */
  synchronized Flux<Positioned> subscribe(@Nullable Long after, int buffer) {
    var backlog = after == null || last.position() > after ? List.of(last) : List.<Positioned>of();
    return LiveRelay.attach(backlog, live.asFlux(), buffer);
  }

  private List<ThresholdView> thresholds() {
    var out = new ArrayList<ThresholdView>();
    for (var name : ThresholdName.values()) {
      out.add(
          new ThresholdView(
              name.name().toLowerCase(java.util.Locale.ROOT),
              opened.thresholds().of(name),
              reached.get(name)));
    }
    return out;
  }

  /** The opener erased their personal data: the petition stays, opened by no one named. */
  synchronized void erased(ParticipantId participant) {
    if (opened.openedBy().equals(participant)) {
      openerErased = true;
    }
  }

  private void remove(ParticipantId participant) {
    var gone = signers.remove(participant);
    if (gone != null && gone.area() != null) {
      areas.computeIfPresent(gone.area(), (area, n) -> n == 1 ? null : n - 1);
    }
  }

  private void changed(long position) {
    last = new Positioned(position, count());
    live.tryEmitNext(last);
  }
}
