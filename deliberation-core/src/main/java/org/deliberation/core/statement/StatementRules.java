package org.deliberation.core.statement;

import java.util.List;
import java.util.Locale;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.Role;
import org.deliberation.core.statement.command.FlagStatement;
import org.deliberation.core.statement.command.HideStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.command.RestoreStatement;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;

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
            command.by().id()));
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
    if (!state.hidden()) {
      throw new ConflictException("This statement is not hidden.");
    }
    return List.of(
        new StatementRestored(
            command.statementId(), statement.projectId(), command.reason(), command.by().id()));
  }

  private StatementRules() {}
}
