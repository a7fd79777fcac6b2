package org.deliberation.web.polis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.command.HideStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.event.ParticipantImported;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.deliberation.vote.VoteIntake;
import org.deliberation.web.platform.eventstore.CommitAlreadyStoredException;
import org.deliberation.web.platform.jobs.JobProgress;
import org.deliberation.web.platform.jobs.Jobs;
import org.jspecify.annotations.Nullable;

/**
 * One run of an import, from its progress marker to the end: participants and votes in commits of
 * {@link VoteIntake#BATCH} events, statements one command each, and a progress marker written after acknowledged
 * steps (at most every {@link #MARKER_INTERVAL}, and at the end of each phase), never before them. A resumed run
 * redoes the steps after the last marker: their deterministic ids make each write the store already holds a refusal
 * (a statement that exists, a commit key that exists, a statement already hidden), taken as done.
 *
 * <p>Not thread safe: one worker thread runs it.
 */
final class ImportRun {

  /** How often the progress marker is written, at most, within a phase. */
  static final Duration MARKER_INTERVAL = Duration.ofMillis(200);

  /** Another node took the job over while this one was working on it: stop, it carries on there. */
  static final class LostException extends RuntimeException {
    LostException() {
      super("the job is now run by another node", null, false, false);
    }
  }

  /** This node is shutting down: stop where we are, the job stays RUNNING for the next start to resume. */
  static final class StoppedException extends RuntimeException {
    StoppedException() {
      super("the server is stopping", null, false, false);
    }
  }

  private final ImportPlan plan;
  private final ProjectId project;
  private final Actor importer;
  private final CommandGateway commands;
  private final VoteIntake intake;
  private final Jobs jobs;
  private final BooleanSupplier stopping;
  private final Clock clock;
  private JobProgress progress;
  private long lastMarkerNanos = System.nanoTime();

  ImportRun(
      ImportPlan plan,
      ProjectId project,
      Actor importer,
      JobProgress from,
      CommandGateway commands,
      VoteIntake intake,
      Jobs jobs,
      BooleanSupplier stopping,
      Clock clock) {
    this.plan = plan;
    this.project = project;
    this.importer = importer;
    this.progress = from;
    this.commands = commands;
    this.intake = intake;
    this.jobs = jobs;
    this.stopping = stopping;
    this.clock = clock;
  }

  /** The progress as of the last acknowledged step. */
  JobProgress progress() {
    return progress;
  }

  static JobProgress start(ImportPlan plan) {
    return progressAt(plan, ImportPhase.PARTICIPANTS, 0);
  }

  /** Runs the remaining steps; returns the final progress. */
  JobProgress run() {
    var from = ImportPhase.valueOf(progress.phase());
    long next = progress.next();
    for (var phase : ImportPhase.values()) {
      if (phase.compareTo(from) < 0) {
        continue;
      }
      long start = phase == from ? next : 0;
      switch (phase) {
        case PARTICIPANTS -> participants(start);
        case STATEMENTS -> statements(start);
        case VOTES -> votes(start);
      }
    }
    return progress;
  }

  private void participants(long from) {
    var linked = new ArrayList<>(plan.participants().entrySet());
    for (long start = aligned(from); start < linked.size(); start += VoteIntake.BATCH) {
      int end = (int) Math.min(linked.size(), start + VoteIntake.BATCH);
      var batch = new ArrayList<EventMessage<?>>(end - (int) start);
      for (int i = (int) start; i < end; i++) {
        var entry = linked.get(i);
        batch.add(
            event(
                ImportPhase.PARTICIPANTS,
                i,
                new ParticipantImported(
                    project, entry.getValue(), PolisImporter.SOURCE, entry.getKey())));
      }
      commit(batch);
      advance(ImportPhase.PARTICIPANTS, end);
    }
    advance(ImportPhase.PARTICIPANTS, linked.size());
  }

  private void statements(long from) {
    var comments = plan.comments();
    for (int i = (int) from; i < comments.size(); i++) {
      var comment = comments.get(i);
      var id = plan.statement(comment.id());
      var author = new Actor(plan.participant(comment.author()), Set.of(Role.CITIZEN));
      try {
        commands.sendAndWait(
            new PostStatement(
                id,
                project,
                comment.body(),
                StatementKind.CONTRIBUTION,
                null,
                List.of(),
                null,
                null,
                Instant.ofEpochMilli(comment.timestamp()),
                comment.id(),
                author));
      } catch (RuntimeException e) {
        if (cause(e, AggregateStreamCreationException.class) == null) {
          throw e;
        }
        // posted by the run that crashed, after its last marker
      }
      if (comment.moderated() == -1) {
        try {
          commands.sendAndWait(new HideStatement(id, PolisImporter.MODERATED_OUT, importer));
        } catch (RuntimeException e) {
          if (cause(e, ConflictException.class) == null) {
            throw e;
          }
          // already hidden by the run that crashed
        }
      }
      advance(ImportPhase.STATEMENTS, i + 1);
    }
    advance(ImportPhase.STATEMENTS, comments.size());
  }

  private void votes(long from) {
    var votes = plan.votes();
    for (long start = aligned(from); start < votes.size(); start += VoteIntake.BATCH) {
      int end = (int) Math.min(votes.size(), start + VoteIntake.BATCH);
      var batch = new ArrayList<EventMessage<?>>(end - (int) start);
      for (int i = (int) start; i < end; i++) {
        var row = votes.get(i);
        batch.add(
            event(
                ImportPhase.VOTES,
                i,
                new VoteCast(
                    project,
                    plan.statement(row.comment()),
                    plan.participant(row.voter()),
                    Vote.of(row.vote()),
                    Instant.ofEpochMilli(row.timestamp()))));
      }
      commit(batch);
      advance(ImportPhase.VOTES, end);
    }
    advance(ImportPhase.VOTES, votes.size());
  }

  // A batch always starts at a multiple of the batch size, so a resumed run forms the same commits,
  // keyed alike.
  private static long aligned(long from) {
    return from - from % VoteIntake.BATCH;
  }

  private EventMessage<?> event(ImportPhase phase, long index, Object payload) {
    return new GenericEventMessage<>(
        plan.event(phase, index), payload, MetaData.emptyInstance(), clock.instant());
  }

  private void commit(List<EventMessage<?>> batch) {
    try {
      intake.publishAll(batch);
    } catch (RuntimeException e) {
      if (cause(e, CommitAlreadyStoredException.class) == null) {
        throw e;
      }
      // stored by the run that crashed, after its last marker
    }
  }

  private void advance(ImportPhase phase, long next) {
    if (stopping.getAsBoolean()) {
      throw new StoppedException();
    }
    var reached = progressAt(plan, phase, next);
    if (reached.equals(progress)) {
      return;
    }
    // A marker per statement would double the durable writes of the statements phase on a replica
    // set; one every
    // MARKER_INTERVAL, and one at each phase's end, costs little, and a resumed run only redoes
    // (idempotently) the
    // steps since the last.
    boolean phaseEnded =
        !reached.phase().equals(progress.phase()) || reached.done() == plan.total();
    long now = System.nanoTime();
    if (phaseEnded || now - lastMarkerNanos >= MARKER_INTERVAL.toNanos()) {
      if (!jobs.progress(plan.job(), reached)) {
        throw new LostException();
      }
      lastMarkerNanos = now;
    }
    progress = reached;
  }

  /** The progress once the first {@code next} items of a phase are stored; a finished phase is the next one's start. */
  static JobProgress progressAt(ImportPlan plan, ImportPhase phase, long next) {
    var last = ImportPhase.values()[ImportPhase.values().length - 1];
    if (phase != last && next >= plan.size(phase)) {
      return progressAt(plan, ImportPhase.values()[phase.ordinal() + 1], 0);
    }
    var stored = new LinkedHashMap<String, Long>();
    long done = 0;
    for (var each : ImportPhase.values()) {
      long count = each.compareTo(phase) < 0 ? plan.size(each) : each == phase ? next : 0;
      stored.put(each.name().toLowerCase(Locale.ROOT), count);
      done += count;
    }
    return new JobProgress(phase.name(), next, done, stored);
  }

  private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
