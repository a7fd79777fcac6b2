package org.deliberation.web.petition;

import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.Role;
import org.deliberation.core.petition.PetitionOutcome;
import org.deliberation.web.petition.projection.PetitionBoard;
import org.deliberation.web.petition.projection.PetitionView;
import org.deliberation.web.platform.axon.Commands;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the petitions' services share: finding a petition as the caller may see it, and sending a petition's command
 * then reading the read model once it has the command's events (a request reads its own write).
 */
@Component
public class Petitions {

  private final PetitionBoard board;
  private final Commands commands;

  public Petitions(PetitionBoard board, Commands commands) {
    this.board = board;
    this.commands = commands;
  }

  /** The petition as the caller may see it: a hidden one only for moderators and admins; otherwise a 404. */
  public PetitionView visible(String id, @Nullable Actor caller) {
    var petition = board.petition(id).orElseThrow(() -> notFound(id));
    if (petition.hidden() && !moderates(caller)) {
      throw new NotFoundException(
          "The petition '"
              + id
              + "' was hidden by the moderators. Find others in GET /api/petitions.");
    }
    return caller == null
        ? petition
        : petition.signedByCaller(
            board.signature(id, caller.id()).map(s -> s.signed()).orElse(false));
  }

  /** Sends a command to a petition, then waits for the read model to have what it recorded. */
  public Mono<PetitionOutcome> send(String petition, Object command) {
    return commands
        .<PetitionOutcome>send(command)
        .flatMap(outcome -> board.await(petition, outcome.sequence()).thenReturn(outcome));
  }

  /** {@link #send}, then the petition as the caller sees it. */
  public Mono<PetitionView> sendAndRead(String petition, Object command, Actor caller) {
    return send(petition, command).map(outcome -> visible(petition, caller));
  }

  static boolean moderates(@Nullable Actor caller) {
    return caller != null && caller.hasAnyOf(Role.MODERATOR, Role.ADMIN);
  }

  static NotFoundException notFound(String id) {
    return new NotFoundException(
        "There is no petition '" + id + "'. Find one in GET /api/petitions.");
  }
}
