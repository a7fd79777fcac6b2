package org.deliberation.web.petition;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;
import org.deliberation.core.petition.PetitionStatus;
import org.deliberation.core.petition.PostcodeArea;
import org.deliberation.core.petition.command.HidePetition;
import org.deliberation.core.petition.command.InvalidateSignatures;
import org.deliberation.core.petition.command.OpenPetition;
import org.deliberation.core.petition.command.RestorePetition;
import org.deliberation.core.petition.command.SignPetition;
import org.deliberation.core.petition.command.WithdrawSignature;
import org.deliberation.web.deliberation.live.ModerationAction;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.petition.projection.PetitionBoard;
import org.deliberation.web.petition.projection.PetitionView;
import org.deliberation.web.petition.projection.SignatureInvalidation;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.limits.ActionLimit;
import org.deliberation.web.platform.limits.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Petitions, for the API and the pages alike: open, list, read, sign and withdraw, the live count, and the
 * moderators' hide, restore and invalidation of signatures.
 */
@Service
public class PetitionService {

  private final Petitions petitions;
  private final SignatureIntake intake;
  private final PetitionBoard board;
  private final Commands commands;
  private final ParticipantAccounts accounts;
  private final RateLimits limits;
  private final ActionLimit signatures;
  private final ActionLimit opened;
  private final Clock clock;

  public PetitionService(
      Petitions petitions,
      SignatureIntake intake,
      PetitionBoard board,
      Commands commands,
      ParticipantAccounts accounts,
      RateLimits limits,
      DeliberationProperties properties,
      Clock clock) {
    this.petitions = petitions;
    this.intake = intake;
    this.board = board;
    this.commands = commands;
    this.accounts = accounts;
    this.limits = limits;
    this.signatures = ActionLimit.of("signatures", properties.limits().signatures());
    this.opened = ActionLimit.of("petitions", properties.limits().petitions());
    this.clock = clock;
  }

  /** Opens a petition to an authority, with the authority's thresholds as they stand now. */
  public Mono<PetitionView> open(Actor by, OpenPetitionRequest request) {
    var authority =
        board
            .authority(request.authority().strip())
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "authority",
                        "authority: there is no authority '"
                            + request.authority().strip()
                            + "'; choose one from GET /api/authorities"));
    var id = PetitionId.random();
    var command =
        new OpenPetition(
            id,
            new AuthorityId(authority.id()),
            authority.name(),
            authority.thresholds(),
            TextHygiene.nfc(request.title()).strip(),
            TextHygiene.nfc(request.text()).strip(),
            request.language(),
            by,
            clock.instant());
    return limits
        .take(opened, by)
        .then(commands.send(command))
        .then(board.await(id.value(), 0))
        .then(Mono.fromSupplier(() -> petitions.visible(id.value(), by)));
  }

  /**
   * One page of the petitions shown in lists, the most signed first. Without a state: those still signed (OPEN and
   * ANSWERED); the cursor is the position of the next page's first item.
   */
  public PetitionList list(
      @Nullable String authority, @Nullable String state, int limit, @Nullable String cursor) {
    if (limit < 1 || limit > 200) {
      throw new BadRequestException("limit", "limit: must be between 1 and 200");
    }
    var states =
        state == null || state.isBlank()
            ? List.of(PetitionStatus.OPEN, PetitionStatus.ANSWERED)
            : List.of(status(state));
    var all = board.list(authority == null || authority.isBlank() ? null : authority, states);
    int from = Math.min(offset(cursor), all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new PetitionList(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
  }

  public PetitionView read(String id, @Nullable Actor caller) {
    return petitions.visible(id, caller);
  }

  /** The caller's signature on the petition, and the count. */
  public SignatureView signature(Actor caller, String id) {
    var petition = petitions.visible(id, caller);
    var signature = board.signature(id, caller.id()).orElseThrow();
    return new SignatureView(
        id,
        signature.signatures(),
        signature.signed(),
        signature.signedAt(),
        petition.thresholds());
  }

  /**
   * Signs, once: signing again changes nothing. The area is the one of the postcode the signer declared, if any; the
   * instant is read once here and is the signature's, and the instant of any threshold it crosses.
   */
  public Mono<SignatureView> sign(Actor by, String id) {
    petitions.visible(id, by);
    return limits
        .take(signatures, by)
        .then(
            accounts
                .byId(by.id())
                .map(account -> java.util.Optional.ofNullable(account.postcode())))
        .defaultIfEmpty(java.util.Optional.empty())
        .flatMap(
            postcode ->
                intake.sign(
                    new SignPetition(
                        new PetitionId(id),
                        PostcodeArea.of(postcode.orElse(null)),
                        by,
                        clock.instant())))
        .flatMap(outcome -> board.await(id, outcome.sequence()).thenReturn(outcome))
        .map(outcome -> view(id, by, outcome));
  }

  /** Takes the caller's signature back; without one, changes nothing. */
  public Mono<SignatureView> withdraw(Actor by, String id) {
    petitions.visible(id, by);
    return limits
        .take(signatures, by)
        .then(petitions.send(id, new WithdrawSignature(new PetitionId(id), by, clock.instant())))
        .map(outcome -> view(id, by, outcome));
  }

  /** The live count: now (unless the reader saw it), then at every change. */
  public Flux<PetitionBoard.PositionedCount> stream(String id, @Nullable Long after, int buffer) {
    petitions.visible(id, null);
    return board.stream(id, after, buffer);
  }

  /** A moderator hides or restores the petition, with a reason kept in its history. */
  public Mono<PetitionView> moderate(Actor by, String id, PetitionModerationRequest request) {
    by.require("moderate petitions", Role.MODERATOR, Role.ADMIN);
    petitions.visible(id, by);
    var reason = request.reason().strip();
    Object command =
        request.action() == ModerationAction.HIDE
            ? new HidePetition(new PetitionId(id), reason, by)
            : new RestorePetition(new PetitionId(id), reason, by);
    return petitions.sendAndRead(id, command, by);
  }

  /** What invalidating these participants' signatures would do; records nothing. */
  public InvalidationPreview preview(Actor by, String id, List<String> participants) {
    by.require("invalidate signatures", Role.MODERATOR, Role.ADMIN);
    var petition = petitions.visible(id, by);
    var counted = board.countedAmong(id, participants);
    var named = participants.stream().map(String::strip).distinct().sorted().toList();
    return new InvalidationPreview(
        named, counted, petition.signatures(), petition.signatures() - counted.size());
  }

  /** Removes these participants' signatures from the count and bars them from signing it again. */
  public Mono<SignatureInvalidation> invalidate(
      Actor by, String id, List<String> participants, String reason) {
    by.require("invalidate signatures", Role.MODERATOR, Role.ADMIN);
    petitions.visible(id, by);
    var invalidation = UUID.randomUUID().toString();
    var command =
        new InvalidateSignatures(
            new PetitionId(id),
            invalidation,
            participants.stream().map(String::strip).map(ParticipantId::new).toList(),
            reason,
            by,
            clock.instant());
    return petitions
        .send(id, command)
        .map(
            outcome ->
                board.invalidations(id).stream()
                    .filter(recorded -> recorded.id().equals(invalidation))
                    .findFirst()
                    .orElseThrow());
  }

  public List<SignatureInvalidation> invalidations(Actor by, String id) {
    by.require("read the invalidations of signatures", Role.MODERATOR, Role.ADMIN);
    petitions.visible(id, by);
    return board.invalidations(id);
  }

  private SignatureView view(
      String id, Actor by, org.deliberation.core.petition.PetitionOutcome outcome) {
    var petition = board.petition(id).orElseThrow();
    return new SignatureView(
        id, outcome.signatures(), outcome.signed(), outcome.signedAt(), petition.thresholds());
  }

  private static PetitionStatus status(String state) {
    try {
      return PetitionStatus.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("state", "state: must be OPEN, ANSWERED or CLOSED");
    }
  }

  private static int offset(@Nullable String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      var from = Integer.parseInt(cursor.strip());
      if (from >= 0) {
        return from;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadRequestException("cursor", "cursor: must be the 'next' of a previous page");
  }
}
