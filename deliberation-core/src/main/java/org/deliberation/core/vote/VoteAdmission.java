package org.deliberation.core.vote;

import java.util.Optional;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;

/**
 * The rule that admits a vote: the project is in its DELIBERATION stage and the statement is shown. Votes belong to no
 * aggregate (no rule spans two of them), so the rule is asked by whoever takes the vote, on the state it reads; this is
 * the one place that says what that state must be, and which events change it.
 */
public final class VoteAdmission {

  /**
   * The stage's part of the rule, decided before any statement is looked at: a project that takes no votes refuses
   * them whatever the statement.
   */
  public static Admission admit(Stage stage) {
    if (stage != Stage.DELIBERATION) {
      return new Admission.Refused(
          Admission.Reason.NOT_DELIBERATING,
          "Votes are taken while the project is in its "
              + "DELIBERATION stage; it is in its "
              + stage
              + " stage now.");
    }
    return Admission.ADMITTED;
  }

  /** The whole rule; the stage is judged first, as the voter can do nothing about a hidden statement in a closed vote. */
  public static Admission admit(Stage stage, Visibility statement) {
    var byStage = admit(stage);
    if (byStage instanceof Admission.Refused) {
      return byStage;
    }
    if (statement == Visibility.HIDDEN) {
      return new Admission.Refused(
          Admission.Reason.STATEMENT_HIDDEN,
          "This statement was hidden by a moderator; it " + "takes no votes.");
    }
    if (statement == Visibility.WITHDRAWN) {
      return new Admission.Refused(
          Admission.Reason.STATEMENT_WITHDRAWN,
          "Its author withdrew this statement; it takes no votes.");
    }
    return Admission.ADMITTED;
  }

  /**
   * The project whose votes an event may admit or refuse from now on, if it is one of the events the rule reads: a
   * stage change, a statement hidden or restored. Whoever answers from a copy of that state must not trust the copy
   * while such an event is on its way to it.
   */
  public static Optional<ProjectId> changedBy(Object event) {
    return switch (event) {
      case StageChanged changed -> Optional.of(changed.projectId());
      case StatementHidden hidden -> Optional.of(hidden.projectId());
      case StatementRestored restored -> Optional.of(restored.projectId());
      case StatementWithdrawn withdrawn -> Optional.of(withdrawn.projectId());
      default -> Optional.empty();
    };
  }

  private VoteAdmission() {}
}
