package org.deliberation.core.petition;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.petition.event.PetitionAnswered;
import org.deliberation.core.petition.event.PetitionClosed;
import org.deliberation.core.petition.event.PetitionEvent;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.petition.event.PetitionSigned;
import org.deliberation.core.petition.event.ProjectOpenedFromPetition;
import org.deliberation.core.petition.event.SignatureWithdrawn;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.jspecify.annotations.Nullable;

/**
 * What the petition's rules need to know, folded from its events. Unlike the other aggregates' states this one is
 * folded in place: a petition holds tens of thousands of signers, and a copy per signature would make loading and
 * signing quadratic in them. Only the aggregate that owns it folds into it; the rules read it.
 */
public final class PetitionState {

  private boolean exists;
  private @Nullable AuthorityId authority;
  private Thresholds thresholds = new Thresholds(1, 1);
  private PetitionStatus status = PetitionStatus.OPEN;
  private boolean hidden;
  private @Nullable ProjectId project;
  private @Nullable Instant lastSignature;
  private long version;
  private final Map<ParticipantId, Signature> signers = new HashMap<>();
  private final Set<ParticipantId> barred = new HashSet<>();
  private final Set<String> invalidations = new HashSet<>();
  private final Set<ThresholdName> reached = EnumSet.noneOf(ThresholdName.class);

  /** Folds one more event in; returns this state. */
  public PetitionState evolve(PetitionEvent event) {
    version++;
    switch (event) {
      case PetitionOpened opened -> {
        exists = true;
        authority = opened.authorityId();
        thresholds = opened.thresholds();
      }
      case PetitionSigned signed -> {
        signers.put(signed.participantId(), new Signature(signed.area(), signed.at()));
        lastSignature = signed.at();
      }
      case SignatureWithdrawn withdrawn -> signers.remove(withdrawn.participantId());
      case ThresholdReached threshold -> reached.add(threshold.name());
      case PetitionAnswered answered -> status = PetitionStatus.ANSWERED;
      case PetitionClosed closed -> status = PetitionStatus.CLOSED;
      case ProjectOpenedFromPetition opened -> project = opened.projectId();
      case PetitionHidden h -> hidden = true;
      case PetitionRestored r -> hidden = false;
      case SignaturesInvalidated invalidated -> {
        invalidations.add(invalidated.invalidationId());
        barred.addAll(invalidated.participants());
        invalidated.removed().forEach(signers::remove);
      }
    }
    return this;
  }

  public boolean exists() {
    return exists;
  }

  public AuthorityId authority() {
    if (authority == null) {
      throw new IllegalStateException("the petition was not opened");
    }
    return authority;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  public PetitionStatus status() {
    return status;
  }

  public boolean hidden() {
    return hidden;
  }

  public @Nullable ProjectId project() {
    return project;
  }

  /** The instant of the last signature, which the next one may not precede. */
  public @Nullable Instant lastSignature() {
    return lastSignature;
  }

  /** How many events were folded: the next event's sequence number. */
  public long version() {
    return version;
  }

  public int signatures() {
    return signers.size();
  }

  public boolean signed(ParticipantId participant) {
    return signers.containsKey(participant);
  }

  /** The participant's signature, when it is counted. */
  public @Nullable Signature signature(ParticipantId participant) {
    return signers.get(participant);
  }

  /** Whether an invalidation barred the participant from signing this petition. */
  public boolean barred(ParticipantId participant) {
    return barred.contains(participant);
  }

  public boolean hasInvalidation(String id) {
    return invalidations.contains(id);
  }

  public boolean reached(ThresholdName name) {
    return reached.contains(name);
  }

  /** A counted signature: the area its signer declared (null for none) and its instant. */
  public record Signature(@Nullable String area, Instant at) {}
}
