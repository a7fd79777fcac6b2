package org.deliberation.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.ProjectId;
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
import org.deliberation.core.petition.event.PetitionEvent;
import org.deliberation.core.petition.event.PetitionSigned;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.core.project.Language;
import org.deliberation.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Signatures, thresholds, answers, moderation and invalidation of a petition, decided by its pure rules. */
class PetitionRulesTest {

  static final PetitionId PETITION = new PetitionId("p-1");
  static final AuthorityId AUTHORITY = new AuthorityId("a-1");
  static final Actor OPENER = citizen("opener");
  static final Actor OFFICIAL = new Actor(new ParticipantId("off"), Set.of(Role.OFFICIAL));
  static final Actor MODERATOR = new Actor(new ParticipantId("mod"), Set.of(Role.MODERATOR));

  /** The first signature's instant: every instant here is a fixed value of the events, never a clock read. */
  static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  static Actor citizen(String id) {
    return new Actor(new ParticipantId(id), Set.of(Role.CITIZEN));
  }

  /** A petition opened with thresholds 3 and 5, and its state. */
  static PetitionState opened(int response, int agenda) {
    var state = new PetitionState();
    PetitionRules.open(
            new OpenPetition(
                PETITION,
                AUTHORITY,
                "Council",
                new Thresholds(response, agenda),
                "Bus lanes",
                "Paint them.",
                Language.en,
                OPENER,
                T0))
        .forEach(state::evolve);
    return state;
  }

  static List<PetitionEvent> sign(PetitionState state, String who, Instant at) {
    var events = PetitionRules.sign(state, new SignPetition(PETITION, "SW1A", citizen(who), at));
    events.forEach(state::evolve);
    return events;
  }

  @Test
  void signingTwiceRecordsNothingTheSecondTime() {
    var state = opened(3, 5);
    assertThat(sign(state, "c1", T0)).hasSize(1);
    assertThat(sign(state, "c1", T0.plusSeconds(1))).isEmpty();
    assertThat(state.signatures()).isEqualTo(1);
  }

  @Test
  void eachThresholdIsReachedOnceWithTheInstantOfTheSignatureThatCrossedIt() {
    var state = opened(3, 5);
    var reached = new ArrayList<ThresholdReached>();
    var signedAt = new ArrayList<Instant>();
    for (int i = 1; i <= 8; i++) {
      for (var event : sign(state, "c" + i, T0.plusSeconds(i))) {
        if (event instanceof ThresholdReached threshold) {
          reached.add(threshold);
        } else {
          signedAt.add(((PetitionSigned) event).at());
        }
      }
    }
    assertThat(reached)
        .containsExactly(
            new ThresholdReached(PETITION, AUTHORITY, ThresholdName.RESPONSE, 3, signedAt.get(2)),
            new ThresholdReached(PETITION, AUTHORITY, ThresholdName.AGENDA, 5, signedAt.get(4)));
  }

  @Test
  void equalThresholdsAreReachedByTheSameSignature() {
    var state = opened(2, 2);
    sign(state, "c1", T0);
    assertThat(sign(state, "c2", T0.plusSeconds(1)))
        .filteredOn(ThresholdReached.class::isInstance)
        .extracting(event -> ((ThresholdReached) event).name())
        .containsExactly(ThresholdName.RESPONSE, ThresholdName.AGENDA);
  }

  @Test
  void withdrawingBelowAThresholdKeepsItsRecordAndCrossingAgainRecordsNothing() {
    var state = opened(2, 5);
    sign(state, "c1", T0);
    sign(state, "c2", T0.plusSeconds(1));
    var withdrawn =
        PetitionRules.withdraw(state, new WithdrawSignature(PETITION, citizen("c2"), T0));
    withdrawn.forEach(state::evolve);
    assertThat(state.signatures()).isEqualTo(1);
    assertThat(state.reached(ThresholdName.RESPONSE)).isTrue();
    assertThat(sign(state, "c3", T0.plusSeconds(3))).hasSize(1);
    assertThat(PetitionRules.withdraw(state, new WithdrawSignature(PETITION, citizen("c9"), T0)))
        .as("withdrawing a signature not counted")
        .isEmpty();
  }

  @Test
  void aSignatureNeverPrecedesTheOneBeforeIt() {
    var state = opened(3, 5);
    sign(state, "c1", T0.plusSeconds(10));
    var late = (PetitionSigned) sign(state, "c2", T0).getFirst();
    assertThat(late.at()).isEqualTo(T0.plusSeconds(10));
  }

  @Test
  void theCountIsExactWhateverTheOrderOfSignaturesAndWithdrawals() {
    Property.forAll(
        13,
        200,
        random -> {
          var steps = new ArrayList<int[]>();
          for (int i = 0; i < random.nextInt(1, 60); i++) {
            steps.add(new int[] {random.nextInt(12), random.nextInt(3)});
          }
          return steps;
        },
        steps -> {
          var state = opened(4, 8);
          var expected = new java.util.HashSet<Integer>();
          var crossings = 0;
          for (int index = 0; index < steps.size(); index++) {
            var step = steps.get(index);
            // The signatures' own instants, one second apart: the rules read no clock.
            var at = T0.plusSeconds(index + 1);
            var who = citizen("c" + step[0]);
            List<PetitionEvent> events;
            if (step[1] == 0) {
              expected.remove(step[0]);
              events = PetitionRules.withdraw(state, new WithdrawSignature(PETITION, who, at));
            } else {
              expected.add(step[0]);
              events = PetitionRules.sign(state, new SignPetition(PETITION, null, who, at));
            }
            crossings += (int) events.stream().filter(ThresholdReached.class::isInstance).count();
            events.forEach(state::evolve);
            assertThat(state.signatures()).isEqualTo(expected.size());
          }
          assertThat(crossings).isLessThanOrEqualTo(2);
        });
  }

  @Test
  void aHiddenOrClosedPetitionTakesNoSignature() {
    var hidden = opened(3, 5);
    PetitionRules.hide(hidden, new HidePetition(PETITION, "spam", MODERATOR))
        .forEach(hidden::evolve);
    assertThatThrownBy(() -> sign(hidden, "c1", T0)).isInstanceOf(ConflictException.class);
    PetitionRules.restore(hidden, new RestorePetition(PETITION, "on appeal", MODERATOR))
        .forEach(hidden::evolve);
    assertThat(sign(hidden, "c1", T0)).hasSize(1);

    var closed = opened(3, 5);
    PetitionRules.close(closed, new ClosePetition(PETITION, null, OFFICIAL, T0))
        .forEach(closed::evolve);
    assertThat(closed.status()).isEqualTo(PetitionStatus.CLOSED);
    assertThatThrownBy(() -> sign(closed, "c1", T0)).isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyModeratorsHideAndOnlyOfficialsAnswerOrOpenAProject() {
    var state = opened(3, 5);
    assertThatThrownBy(
            () -> PetitionRules.hide(state, new HidePetition(PETITION, "x", citizen("c1"))))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () -> PetitionRules.answer(state, new AnswerPetition(PETITION, "No.", MODERATOR, T0)))
        .isInstanceOf(PermissionDeniedException.class);
    var project = new RecordProjectOpened(PETITION, new ProjectId("pr"), OFFICIAL, T0);
    assertThatThrownBy(
            () ->
                PetitionRules.recordProject(
                    state, new RecordProjectOpened(PETITION, new ProjectId("pr"), MODERATOR, T0)))
        .isInstanceOf(PermissionDeniedException.class);
    PetitionRules.recordProject(state, project).forEach(state::evolve);
    assertThatThrownBy(() -> PetitionRules.recordProject(state, project))
        .isInstanceOf(ConflictException.class);
    PetitionRules.answer(state, new AnswerPetition(PETITION, "We agree.", OFFICIAL, T0))
        .forEach(state::evolve);
    assertThat(state.status()).isEqualTo(PetitionStatus.ANSWERED);
    assertThat(sign(state, "c1", T0)).as("an answered petition is still signed").hasSize(1);
  }

  @Test
  void anInvalidationRecountsKeepsTheThresholdsReachedAndBarsTheInvalidated() {
    var state = opened(2, 3);
    sign(state, "c1", T0);
    sign(state, "c2", T0);
    sign(state, "c3", T0);
    var events =
        PetitionRules.invalidate(
            state,
            new InvalidateSignatures(
                PETITION,
                "i1",
                List.of(new ParticipantId("c3"), new ParticipantId("c2"), new ParticipantId("x")),
                " bots ",
                MODERATOR,
                T0));
    var invalidated = (SignaturesInvalidated) events.getFirst();
    assertThat(invalidated.removed())
        .containsExactly(new ParticipantId("c2"), new ParticipantId("c3"));
    assertThat(invalidated.signatures()).isEqualTo(1);
    assertThat(invalidated.reason()).isEqualTo("bots");
    events.forEach(state::evolve);
    assertThat(state.signatures()).isEqualTo(1);
    assertThat(state.reached(ThresholdName.AGENDA)).isTrue();
    assertThatThrownBy(() -> sign(state, "c2", T0)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                PetitionRules.invalidate(
                    state,
                    new InvalidateSignatures(
                        PETITION, "i1", List.of(new ParticipantId("c1")), "again", MODERATOR, T0)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                PetitionRules.invalidate(
                    state, new InvalidateSignatures(PETITION, "i2", List.of(), "r", MODERATOR, T0)))
        .isInstanceOf(PetitionRefusedException.class);
  }
}
