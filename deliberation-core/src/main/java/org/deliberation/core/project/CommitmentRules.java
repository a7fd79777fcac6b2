package org.deliberation.core.project;

import java.util.List;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.project.command.RecordCommitment;
import org.deliberation.core.project.event.CommitmentRecorded;
import org.deliberation.core.project.event.ProjectEvent;

/**
 * The authority's answers to the points of the synthesis. Only officials answer: they speak for the authority; an
 * admin who is not one does not (an admin can grant themselves the role, which then shows in the history).
 */
public final class CommitmentRules {

  /** A reason is read beside the point by anyone; long enough for a paragraph, short enough to be read. */
  public static final int MAX_REASON = 2000;

  public static List<ProjectEvent> record(ProjectState state, RecordCommitment command) {
    command.by().require("answer the points of the synthesis", Role.OFFICIAL);
    if (state.stage() != Stage.SYNTHESIS && state.stage() != Stage.DECIDED) {
      throw new CommitmentStageException(state.stage());
    }
    var reason = reason(command.reason());
    return List.of(
        new CommitmentRecorded(
            command.projectId(),
            command.statementId(),
            command.decision(),
            reason,
            command.by().id(),
            command.at()));
  }

  /**
   * The reason as it is kept: free text, so invisible characters are removed rather than refused (see
   * {@link TextHygiene}); refused when nothing visible is left or when it is too long.
   */
  public static String reason(String text) {
    var reason = TextHygiene.cleaned(text).strip();
    if (reason.isEmpty()) {
      throw new CommitmentRefusedException(
          "Give the reason for the decision; it is shown beside the point.");
    }
    if (reason.length() > MAX_REASON) {
      throw new CommitmentRefusedException(
          "The reason is at most " + MAX_REASON + " characters; link to a page for more.");
    }
    return reason;
  }

  private CommitmentRules() {}
}
