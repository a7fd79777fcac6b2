package org.deliberation.core.petition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.deliberation.core.petition.command.AnswerPetition;
import org.deliberation.core.petition.command.ClosePetition;
import org.deliberation.core.petition.command.HidePetition;
import org.deliberation.core.petition.command.InvalidateSignatures;
import org.deliberation.core.petition.command.OpenPetition;
import org.deliberation.core.petition.command.RecordProjectOpened;
import org.deliberation.core.petition.command.RestorePetition;
import org.deliberation.core.petition.command.SignPetition;
import org.deliberation.core.petition.command.WithdrawSignature;
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

/**
 * The decisions about a petition, as pure functions from state and command to events.
 *
 * <p>Signing and withdrawing are idempotent: signing twice, or withdrawing a signature that is not counted, records
 * nothing. A threshold is reached once: the first signature that brings the count to it records the crossing, with
 * its own instant, in the same commit; a count that falls below it later (withdrawals, an invalidation) leaves the
 * record as it was, and crossing it again records nothing more. A signature's instant never precedes the one before
 * it, so the instants of the crossings are in the order of the count.
 */
public final class PetitionRules {

  /** Any signed-in participant may open a petition. */
  public static List<PetitionEvent> open(OpenPetition command) {
    AuthorityRules.requireValid(command.thresholds());
    return List.of(
        new PetitionOpened(
            command.petitionId(),
            command.authorityId(),
            command.authorityName(),
            command.thresholds(),
            command.title(),
            command.text(),
            command.language(),
            command.by().id(),
            command.at()));
  }

  public static List<PetitionEvent> sign(PetitionState state, SignPetition command) {
    var who = command.by().id();
    if (state.signed(who)) {
      return List.of();
    }
    requireOpenToSignatures(state);
    if (state.barred(who)) {
      throw new ConflictException(
          "Your signature on this petition was invalidated by the moderators; it cannot be given again.");
    }
    var last = state.lastSignature();
    var at = last == null ? command.at() : later(last, command.at());
    var count = state.signatures() + 1;
    var events = new ArrayList<PetitionEvent>();
    events.add(new PetitionSigned(command.petitionId(), who, command.area(), count, at));
    for (var name : ThresholdName.values()) {
      var threshold = state.thresholds().of(name);
      if (!state.reached(name) && count >= threshold) {
        events.add(
            new ThresholdReached(command.petitionId(), state.authority(), name, threshold, at));
      }
    }
    return events;
  }

  public static List<PetitionEvent> withdraw(PetitionState state, WithdrawSignature command) {
    var signature = state.signature(command.by().id());
    if (signature == null) {
      return List.of();
    }
    if (state.status() == PetitionStatus.CLOSED) {
      throw new ConflictException(
          "The petition is closed: its signatures are final and can no longer be withdrawn.");
    }
    return List.of(
        new SignatureWithdrawn(
            command.petitionId(),
            command.by().id(),
            signature.area(),
            state.signatures() - 1,
            command.at()));
  }

  public static List<PetitionEvent> answer(PetitionState state, AnswerPetition command) {
    command.by().require("answer a petition for the authority", Role.OFFICIAL);
    requireVisible(state);
    if (state.status() == PetitionStatus.CLOSED) {
      throw new ConflictException("The petition is closed; it can no longer be answered.");
    }
    if (command.markdown().isBlank()) {
      throw new PetitionRefusedException("Write the authority's answer; it cannot be empty.");
    }
    return List.of(
        new PetitionAnswered(
            command.petitionId(),
            state.authority(),
            command.markdown(),
            command.by().id(),
            command.at()));
  }

  public static List<PetitionEvent> close(PetitionState state, ClosePetition command) {
    command.by().require("close a petition", Role.OFFICIAL, Role.MODERATOR, Role.ADMIN);
    if (state.status() == PetitionStatus.CLOSED) {
      throw new ConflictException("The petition is already closed.");
    }
    var reason = command.reason();
    return List.of(
        new PetitionClosed(
            command.petitionId(),
            reason == null || reason.isBlank() ? null : reason.strip(),
            command.by().id(),
            command.at()));
  }

  public static List<PetitionEvent> recordProject(
      PetitionState state, RecordProjectOpened command) {
    command.by().require("open a wikiproject from a petition", Role.OFFICIAL);
    requireVisible(state);
    if (state.project() != null) {
      throw new ConflictException(
          "A wikiproject was already opened from this petition: " + state.project() + ".");
    }
    return List.of(
        new ProjectOpenedFromPetition(
            command.petitionId(),
            state.authority(),
            command.projectId(),
            command.by().id(),
            command.at()));
  }

  public static List<PetitionEvent> hide(PetitionState state, HidePetition command) {
    command.by().require("moderate petitions", Role.MODERATOR, Role.ADMIN);
    requireReason(command.reason());
    if (state.hidden()) {
      throw new ConflictException("The petition is already hidden.");
    }
    return List.of(
        new PetitionHidden(command.petitionId(), command.reason().strip(), command.by().id()));
  }

  public static List<PetitionEvent> restore(PetitionState state, RestorePetition command) {
    command.by().require("moderate petitions", Role.MODERATOR, Role.ADMIN);
    requireReason(command.reason());
    if (!state.hidden()) {
      throw new ConflictException("The petition is not hidden.");
    }
    return List.of(
        new PetitionRestored(command.petitionId(), command.reason().strip(), command.by().id()));
  }

  /** Removes the signatures of those named who signed, and bars every one of them from signing again. */
  public static List<PetitionEvent> invalidate(PetitionState state, InvalidateSignatures command) {
    command.by().require("invalidate signatures", Role.MODERATOR, Role.ADMIN);
    if (command.participants().isEmpty()) {
      throw new PetitionRefusedException(
          "Name at least one participant whose signature to invalidate.");
    }
    requireReason(command.reason());
    if (state.hasInvalidation(command.invalidationId())) {
      throw new ConflictException(
          "An invalidation " + command.invalidationId() + " is already recorded.");
    }
    var named =
        command.participants().stream()
            .distinct()
            .sorted(Comparator.comparing(ParticipantId::value))
            .toList();
    var removed = named.stream().filter(state::signed).toList();
    return List.of(
        new SignaturesInvalidated(
            command.petitionId(),
            command.invalidationId(),
            named,
            removed,
            command.reason().strip(),
            command.by().id(),
            state.signatures() - removed.size(),
            command.at()));
  }

  private static void requireOpenToSignatures(PetitionState state) {
    requireVisible(state);
    if (state.status() == PetitionStatus.CLOSED) {
      throw new ConflictException("The petition is closed; it takes no more signatures.");
    }
  }

  private static void requireVisible(PetitionState state) {
    if (!state.exists()) {
      throw new NotFoundException("There is no such petition. Find one in GET /api/petitions.");
    }
    if (state.hidden()) {
      throw new ConflictException(
          "The moderators hid this petition; it takes nothing until they restore it.");
    }
  }

  private static void requireReason(String reason) {
    if (reason.isBlank()) {
      throw new PetitionRefusedException("Give the reason; it is kept in the petition's history.");
    }
  }

  // Two signers race: the one whose command reached the clock first may be counted second.
  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private PetitionRules() {}
}
