package org.deliberation.web.petition.projection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The petitions and authorities in memory, as {@link PetitionProjection} folds them; what the services read. */
@Component
public class PetitionBoard {

  private final Map<String, AuthorityView> authorities = new ConcurrentHashMap<>();
  private final Map<String, PetitionRecord> petitions = new ConcurrentHashMap<>();
  private final Arrivals arrivals = new Arrivals();

  /** A participant's signature, as the read model has it. */
  public record Signature(int signatures, boolean signed, java.time.@Nullable Instant signedAt) {}

  public Optional<AuthorityView> authority(String id) {
    return Optional.ofNullable(authorities.get(id));
  }

  /** Every authority, by name. */
  public List<AuthorityView> authorities() {
    return authorities.values().stream()
        .sorted(Comparator.comparing(AuthorityView::name).thenComparing(AuthorityView::id))
        .toList();
  }

  public Optional<PetitionView> petition(String id) {
    return record(id).map(PetitionRecord::view);
  }

  /**
   * The petitions shown in lists: not hidden, of one authority or all, in the states asked for, the most signed
   * first (then the newest).
   */
  public List<PetitionView> list(@Nullable String authority, List<PetitionStatus> states) {
    return petitions.values().stream()
        .filter(record -> authority == null || record.authority().equals(authority))
        .filter(record -> !record.isHidden() && states.contains(record.status()))
        .map(PetitionRecord::view)
        .sorted(
            Comparator.comparingInt(PetitionView::signatures)
                .reversed()
                .thenComparing(PetitionView::openedAt, Comparator.reverseOrder())
                .thenComparing(PetitionView::id))
        .toList();
  }

  /** The authority's petitions past the agenda threshold, in the order they reached it; hidden ones left out. */
  public List<PetitionView> agenda(String authority) {
    return petitions.values().stream()
        .filter(record -> record.authority().equals(authority) && !record.isHidden())
        .filter(record -> record.onAgendaSince() != null)
        .map(PetitionRecord::view)
        .sorted(
            Comparator.comparing(
                    (PetitionView view) -> java.util.Objects.requireNonNull(view.onAgendaSince()))
                .thenComparing(PetitionView::id))
        .toList();
  }

  public Optional<Signature> signature(String petition, ParticipantId participant) {
    return record(petition)
        .map(
            record -> {
              synchronized (record) {
                var signed = record.signature(participant);
                return new Signature(
                    record.signatures(), signed != null, signed == null ? null : signed.at());
              }
            });
  }

  /** Of these participants, those whose signature on the petition is counted now. */
  public List<String> countedAmong(String petition, List<String> participants) {
    return record(petition).map(r -> r.countedAmong(participants)).orElse(List.of());
  }

  public List<SignatureInvalidation> invalidations(String petition) {
    return record(petition).map(PetitionRecord::invalidations).orElse(List.of());
  }

  /** The live count: now, then at every change; empty for an unknown petition. */
  public Flux<PositionedCount> stream(String petition, @Nullable Long after, int buffer) {
    return Mono.justOrEmpty(record(petition))
        .flatMapMany(record -> record.subscribe(after, buffer))
        .map(positioned -> new PositionedCount(positioned.position(), positioned.count()));
  }

  /** A count of the stream and its position in the event store, the stream's event id. */
  public record PositionedCount(long position, SignatureCount count) {}

  /** Completes once the read model has the event {@code sequence} of the petition or authority. */
  public Mono<Void> await(String aggregate, long sequence) {
    return arrivals.await(aggregate, sequence);
  }

  Optional<PetitionRecord> record(String id) {
    return Optional.ofNullable(petitions.get(id));
  }

  void authority(AuthorityView authority) {
    authorities.put(authority.id(), authority);
  }

  void opened(PetitionRecord record) {
    petitions.put(record.id(), record);
  }

  void applied(String petition, long sequence) {
    arrivals.applied(petition, sequence);
  }

  /** Erasure: no petition names this participant as its opener any more. Rare, so a pass over all is fine. */
  void erased(org.deliberation.core.common.ParticipantId participant) {
    petitions.values().forEach(record -> record.erased(participant));
  }

  void clear() {
    authorities.clear();
    petitions.clear();
    arrivals.clear();
  }
}
