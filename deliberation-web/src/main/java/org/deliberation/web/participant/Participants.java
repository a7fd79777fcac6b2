package org.deliberation.web.participant;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.participant.command.ChangeRoles;
import org.deliberation.core.participant.command.EraseParticipant;
import org.deliberation.core.participant.command.RegisterParticipant;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.limits.FailureLimit;
import org.deliberation.web.platform.limits.Limit;
import org.deliberation.web.platform.limits.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Registration, sign-in, roles and erasure: each keeps the personal document and the participant's events in step.
 * Events are recorded after the document is written and undone with it if the event is refused, so neither side
 * holds a participant the other does not know.
 */
@Service
public class Participants {

  private final ParticipantAccounts accounts;
  private final SessionTokens sessions;
  private final Passwords passwords;
  private final Commands commands;
  private final SignedIn signedIn;
  private final RateLimits limits;
  private final Limit signUps;
  private final FailureLimit signInsPerAccount;
  private final FailureLimit signInsPerAddress;

  public Participants(
      ParticipantAccounts accounts,
      SessionTokens sessions,
      Passwords passwords,
      Commands commands,
      SignedIn signedIn,
      RateLimits limits,
      DeliberationProperties properties) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.passwords = passwords;
    this.commands = commands;
    this.signedIn = signedIn;
    this.limits = limits;
    var signUp = properties.limits().signUp();
    this.signUps = new Limit("sign-ups-per-address", signUp.address(), signUp.period());
    var signIn = properties.limits().signIn();
    this.signInsPerAccount =
        new FailureLimit(
            new Limit("sign-in-failures-per-account", signIn.account(), signIn.period()),
            signIn.maxWait());
    this.signInsPerAddress =
        new FailureLimit(
            new Limit("sign-in-failures-per-address", signIn.address(), signIn.period()),
            signIn.maxWait());
  }

  /** Signs a citizen up, as the API and the sign-up page receive them. */
  public Mono<ParticipantAccount> signUp(RegisterRequest request) {
    if (request.password().getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
      throw new BadRequestException(
          "password", "must be at most 72 bytes; use fewer accented letters or symbols");
    }
    return limits
        .takeForAddress(signUps)
        .then(
            Mono.defer(
                () ->
                    register(
                        TextHygiene.nfc(request.displayName()),
                        request.email(),
                        request.password(),
                        request.postcode(),
                        Set.of())));
  }

  public Mono<ParticipantAccount> register(
      String displayName,
      String email,
      String password,
      @Nullable String postcode,
      Set<Role> roles) {
    var withCitizen = EnumSet.of(Role.CITIZEN);
    withCitizen.addAll(roles);
    return passwords
        .hash(password)
        .flatMap(hash -> accounts.create(displayName, email, hash, postcode, withCitizen))
        .flatMap(
            account ->
                commands
                    .send(new RegisterParticipant(account.id(), account.roles()))
                    .thenReturn(account)
                    .onErrorResume(e -> accounts.erase(account.id()).then(Mono.error(e))));
  }

  /**
   * A token for valid credentials; empty when the e-mail is unknown or the password wrong. Failures are limited per
   * account and per client address, with a growing wait: while either is used up, even the right password is refused
   * (429); a success clears the account's failures.
   */
  public Mono<SessionTokens.Issued> signIn(String email, String password) {
    return limits.attempt(
        signInsPerAccount,
        ParticipantAccounts.normalizeEmail(email),
        signInsPerAddress,
        Mono.defer(() -> check(email, password)));
  }

  private Mono<SessionTokens.Issued> check(String email, String password) {
    return accounts
        .byEmail(email)
        .flatMap(
            account ->
                passwords
                    .matches(password, account.passwordHash())
                    .filter(Boolean::booleanValue)
                    .flatMap(ok -> sessions.issue(account.id())))
        .switchIfEmpty(Mono.defer(() -> passwords.matchesNothing(password).then(Mono.empty())));
  }

  /** Ends the session of this token at once, on this server and in the store. */
  public Mono<Void> signOut(String token) {
    return sessions.revoke(token).then(Mono.fromRunnable(() -> signedIn.forget(token)));
  }

  public Mono<ParticipantAccount> find(ParticipantId id) {
    return accounts
        .byId(id)
        .switchIfEmpty(
            Mono.error(() -> new NotFoundException("There is no participant " + id.value() + ".")));
  }

  public Mono<ParticipantAccount> changeRoles(ParticipantId id, Set<Role> roles, Actor by) {
    return find(id)
        .flatMap(account -> commands.send(new ChangeRoles(id, roles, by)))
        .then(
            Mono.defer(
                () -> {
                  var withCitizen = EnumSet.of(Role.CITIZEN);
                  withCitizen.addAll(roles);
                  return accounts.setRoles(id, withCitizen);
                }))
        .then(Mono.fromRunnable(() -> signedIn.forget(id)))
        .then(find(id));
  }

  public Mono<Void> erase(ParticipantId id, Actor by) {
    return find(id)
        .flatMap(account -> commands.send(new EraseParticipant(id, by)))
        .then(Mono.defer(() -> sessions.revokeAll(id)))
        .then(Mono.fromRunnable(() -> signedIn.forget(id)))
        .then(Mono.defer(() -> accounts.erase(id)));
  }
}
