package org.deliberation.core.statement;

import java.util.List;
import java.util.Locale;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.statement.command.EditStatement;
import org.deliberation.core.statement.command.FlagStatement;
import org.deliberation.core.statement.command.HideStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.command.RestoreStatement;
import org.deliberation.core.statement.command.WithdrawStatement;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;

/** The decisions about statements: who may post what, and how moderation keeps its audit trail. */
public final class StatementRules {

  public static List<StatementEvent> post(PostStatement command) {
    if (command.kind() == StatementKind.VIEWPOINT) {
      command.by().require("post a viewpoint; citizens post contributions", Role.EXPERT);
      if (command.stance() == null) {
        throw new StatementRefusedException(
            "A viewpoint states its stance on the question: FOR, AGAINST or " + "NEUTRAL.");
      }
    }
    for (var source : command.sources()) {
      var lower = source.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
        throw new StatementRefusedException(
            "Sources are web links starting with http:// or https://; '"
                + source
                + "' is not one.");
      }
    }
    return List.of(
        new StatementPosted(
            command.statementId(),
            command.projectId(),
            command.text(),
            command.kind(),
            command.stance(),
            command.sources(),
            command.relatesTo(),
            command.interests(),
            command.postedAt(),
            command.externalId(),
            command.by().id(),
            AuthorRole.of(command.by().roles(), command.externalId() != null)));
  }

  /**
   * Records a report. Each participant's report counts once: a second report of the same statement by the same person
   * records nothing (and is not refused: the report they meant to make is on file), so that one person cannot push a
   * statement up the moderators' queue by reporting it again and again.
   */
  public static List<StatementEvent> flag(
      StatementState state, StatementPosted statement, FlagStatement command) {
    if (state.flaggedBy().contains(command.by().id())) {
      return List.of();
    }
    return List.of(
        new StatementFlagged(
            command.statementId(), statement.projectId(), command.reason(), command.by().id()));
  }

  public static List<StatementEvent> hide(
      StatementState state, StatementPosted statement, HideStatement command) {
    command.by().require("hide a statement", Role.MODERATOR, Role.ADMIN);
    if (state.hidden()) {
      throw new ConflictException("This statement is already hidden.");
    }
    return List.of(
        new StatementHidden(
            command.statementId(), statement.projectId(), command.reason(), command.by().id()));
  }

  public static List<StatementEvent> restore(
      StatementState state, StatementPosted statement, RestoreStatement command) {
    command.by().require("restore a statement", Role.MODERATOR, Role.ADMIN);
    if (state.withdrawn()) {
      throw new ConflictException(
          "Its author withdrew this statement; a moderator cannot bring it back.");
    }
    if (!state.hidden()) {
      throw new ConflictException("This statement is not hidden.");
    }
    return List.of(
        new StatementRestored(
            command.statementId(), statement.projectId(), command.reason(), command.by().id()));
  }

  /**
   * The author rewrites their statement while nobody has voted on it: a vote is on the words it was cast on, so once
   * there is one the text stays (the author can withdraw it and post another). A hidden statement is not rewritten:
   * the moderators decided on its words.
   */
  public static List<StatementEvent> edit(
      StatementState state, StatementPosted statement, EditStatement command) {
    requireAuthor(statement, command.by(), "edit");
    if (state.withdrawn()) {
      throw new ConflictException("This statement was withdrawn; it cannot be edited.");
    }
    if (state.hidden()) {
      throw new ConflictException(
          "A moderator hid this statement; it cannot be edited. Withdraw it and post another.");
    }
    if (command.votes() > 0) {
      throw new ConflictException(
          "This statement has "
              + command.votes()
              + (command.votes() == 1 ? " vote" : " votes")
              + ": a statement is edited only until its first vote. Withdraw it and post another.");
    }
    var text = TextHygiene.cleaned(command.text()).strip();
    if (text.isEmpty()) {
      throw new StatementRefusedException("Write the statement's new text.");
    }
    return List.of(
        new StatementEdited(
            command.statementId(), statement.projectId(), text, command.by().id(), command.at()));
  }

  /** The author withdraws their statement, at any time, once: its votes stay in the history. */
  public static List<StatementEvent> withdraw(
      StatementState state, StatementPosted statement, WithdrawStatement command) {
    requireAuthor(statement, command.by(), "withdraw");
    if (state.withdrawn()) {
      throw new ConflictException("This statement is already withdrawn.");
    }
    return List.of(
        new StatementWithdrawn(
            command.statementId(), statement.projectId(), command.by().id(), command.at()));
  }

  private static void requireAuthor(StatementPosted statement, Actor by, String what) {
    if (statement.externalId() != null || !statement.author().equals(by.id())) {
      throw new PermissionDeniedException("Only its author may " + what + " a statement.");
    }
  }

  private StatementRules() {}
}
