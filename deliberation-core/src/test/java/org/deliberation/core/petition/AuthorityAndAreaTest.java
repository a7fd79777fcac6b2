package org.deliberation.core.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.Role;
import org.deliberation.core.petition.command.CreateAuthority;
import org.deliberation.core.petition.command.OpenPetition;
import org.deliberation.core.petition.command.SignPetition;
import org.deliberation.core.petition.command.SignPetitions;
import org.deliberation.core.petition.event.AuthorityCreated;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionSigned;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.core.project.Language;
import org.junit.jupiter.api.Test;

/** Authorities' thresholds, postcode areas, and the aggregates' wiring. */
class AuthorityAndAreaTest {

  static final Actor ADMIN = new Actor(new ParticipantId("admin"), Set.of(Role.ADMIN));

  @Test
  void onlyAdminsRecordAnAuthorityWithPositiveOrderedThresholds() {
    var id = new AuthorityId("a");
    assertThat(
            AuthorityRules.create(
                new CreateAuthority(id, " Council ", new Thresholds(10, 100), ADMIN)))
        .containsExactly(new AuthorityCreated(id, "Council", new Thresholds(10, 100), ADMIN.id()));
    assertThatThrownBy(
            () ->
                AuthorityRules.create(
                    new CreateAuthority(
                        id, "C", new Thresholds(10, 100), PetitionRulesTest.OFFICIAL)))
        .isInstanceOf(PermissionDeniedException.class);
    for (var wrong :
        new Thresholds[] {
          new Thresholds(0, 10),
          new Thresholds(100, 10),
          new Thresholds(1, AuthorityRules.MAX_THRESHOLD + 1)
        }) {
      assertThatThrownBy(() -> AuthorityRules.create(new CreateAuthority(id, "C", wrong, ADMIN)))
          .as("%s", wrong)
          .isInstanceOf(PetitionRefusedException.class);
    }
  }

  @Test
  void anAreaIsTheOutwardCodeOrTheDepartementAndNeverGuessed() {
    assertThat(PostcodeArea.of("SW1A 1AA")).isEqualTo("SW1A");
    assertThat(PostcodeArea.of("sw1a1aa")).isEqualTo("SW1A");
    assertThat(PostcodeArea.of("M1 1AE")).isEqualTo("M1");
    assertThat(PostcodeArea.of("75001")).isEqualTo("75");
    assertThat(PostcodeArea.of("97411")).isEqualTo("974");
    assertThat(PostcodeArea.of("20090")).isEqualTo("2A");
    assertThat(PostcodeArea.of("20200")).isEqualTo("2B");
    assertThat(PostcodeArea.of(null)).isNull();
    assertThat(PostcodeArea.of("")).isNull();
    assertThat(PostcodeArea.of("next to the church")).isNull();
    assertThat(PostcodeArea.of("1".repeat(10_000))).isNull();
  }

  @Test
  void theAggregateSignsOnceAndAnswersTheCount() {
    var fixture = new AggregateTestFixture<>(Petition.class);
    var petition = new PetitionId("p");
    var at = PetitionRulesTest.T0;
    var opened =
        new PetitionOpened(
            petition,
            new AuthorityId("a"),
            "Council",
            new Thresholds(5, 10),
            "T",
            "X",
            Language.fr,
            ADMIN.id(),
            at);
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenPetition(
                petition,
                new AuthorityId("a"),
                "Council",
                new Thresholds(5, 10),
                "T",
                "X",
                Language.fr,
                ADMIN,
                at))
        .expectEvents(opened);
    var signer = PetitionRulesTest.citizen("c1");
    fixture
        .given(opened)
        .when(new SignPetition(petition, "75", signer, at))
        .expectEvents(new PetitionSigned(petition, signer.id(), "75", 1, at))
        .expectResultMessagePayload(new PetitionOutcome(1, 1, true, at));
    fixture
        .given(opened, new PetitionSigned(petition, signer.id(), "75", 1, at))
        .when(new SignPetition(petition, "75", signer, at.plusSeconds(5)))
        .expectNoEvents()
        .expectResultMessagePayload(new PetitionOutcome(1, 1, true, at));
  }

  @Test
  void aBatchDecidesEachSignatureInTurnAndARefusalStopsNoOther() {
    var fixture = new AggregateTestFixture<>(Petition.class);
    var petition = new PetitionId("p");
    var at = PetitionRulesTest.T0;
    var opened =
        new PetitionOpened(
            petition,
            new AuthorityId("a"),
            "Council",
            new Thresholds(2, 2),
            "T",
            "X",
            Language.fr,
            ADMIN.id(),
            at);
    var ann = PetitionRulesTest.citizen("ann");
    var bob = PetitionRulesTest.citizen("bob");
    var barred = PetitionRulesTest.citizen("barred");
    var invalidated =
        new SignaturesInvalidated(
            petition, "i", List.of(barred.id()), List.of(), "bots", ADMIN.id(), 0, at);
    fixture
        .given(opened, invalidated)
        .when(
            new SignPetitions(
                petition,
                List.of(
                    new SignPetition(petition, null, ann, at),
                    new SignPetition(petition, null, barred, at),
                    new SignPetition(petition, null, ann, at),
                    new SignPetition(petition, "75", bob, at.plusSeconds(1)))))
        .expectEvents(
            new PetitionSigned(petition, ann.id(), null, 1, at),
            new PetitionSigned(petition, bob.id(), "75", 2, at.plusSeconds(1)),
            new ThresholdReached(
                petition, new AuthorityId("a"), ThresholdName.RESPONSE, 2, at.plusSeconds(1)),
            new ThresholdReached(
                petition, new AuthorityId("a"), ThresholdName.AGENDA, 2, at.plusSeconds(1)))
        .expectResultMessagePayloadMatching(
            new org.hamcrest.CustomTypeSafeMatcher<List<SignatureResult>>("results") {
              @Override
              protected boolean matchesSafely(List<SignatureResult> results) {
                return results.size() == 4
                    && new PetitionOutcome(2, 1, true, at).equals(results.get(0).outcome())
                    && results.get(1).refusal() instanceof ConflictException
                    && new PetitionOutcome(2, 1, true, at).equals(results.get(2).outcome())
                    && new PetitionOutcome(5, 2, true, at.plusSeconds(1))
                        .equals(results.get(3).outcome());
              }
            });
  }
}
