package org.deliberation.core.project;

import org.deliberation.core.common.RuleViolationException;

/** A stage change that skips a stage, goes back, or leaves a decided project. */
public final class StageChangeRefusedException extends RuleViolationException {

  public StageChangeRefusedException(Stage from, Stage to) {
    super(
        from.next()
            .map(
                next ->
                    "A project in "
                        + from
                        + " cannot move to "
                        + to
                        + "; its next stage is "
                        + next
                        + ".")
            .orElse("A project in " + from + " is decided and cannot move to " + to + "."));
  }

  @Override
  public String title() {
    return "Stage change refused";
  }
}
