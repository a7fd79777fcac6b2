package org.deliberation.web.polis;

import java.util.Locale;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.DomainException;
import org.deliberation.web.platform.jobs.JobProgress;
import org.deliberation.web.platform.jobs.JobView;
import org.jspecify.annotations.Nullable;

/** The words in which an import is refused or reported failed. */
final class ImportRefusals {

  /** Why an import cannot start: the project holds another one, running, done or failed (its job, if recorded yet). */
  static ConflictException busy(@Nullable JobView job) {
    if (job == null) {
      return new ConflictException(
          "An import into this wikiproject is starting; follow it in the wikiproject's "
              + "import field, or try again in a minute.");
    }
    return new ConflictException(
        switch (job.state()) {
          case RUNNING ->
              "A Pol.is import into this wikiproject is already running (job "
                  + job.id()
                  + ", "
                  + job.done()
                  + " of "
                  + job.total()
                  + " steps done); follow it at /api/jobs/"
                  + job.id()
                  + ". One conversation is imported per wikiproject: import another into a new wikiproject.";
          case DONE ->
              "This wikiproject already holds an imported conversation (job "
                  + job.id()
                  + "); import a "
                  + "conversation into a new wikiproject, so that its statements and votes stay as they were.";
          case FAILED ->
              "An earlier import into this wikiproject (job "
                  + job.id()
                  + ") stopped after storing "
                  + job.stored().getOrDefault("statements", 0L)
                  + " statements and "
                  + job.stored().getOrDefault("votes", 0L)
                  + " votes; import the conversation again into a new wikiproject.";
        });
  }

  /** Why an import stopped, with what it stored, in words a moderator can act on. */
  static String failure(JobProgress progress, RuntimeException e) {
    var stored = progress.stored();
    var why =
        e instanceof DomainException domain
            ? domain.getMessage()
            : "a write was not accepted by the store (the server log says why)";
    return "The import stopped in its "
        + progress.phase().toLowerCase(Locale.ROOT)
        + " phase, after "
        + "storing "
        + stored.get("participants")
        + " participants, "
        + stored.get("statements")
        + " statements and "
        + stored.get("votes")
        + " votes: "
        + why
        + ". What was stored stays; import the conversation again into a "
        + "new wikiproject.";
  }

  private ImportRefusals() {}
}
