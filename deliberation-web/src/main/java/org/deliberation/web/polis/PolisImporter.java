package org.deliberation.web.polis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.command.HideStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.event.ParticipantImported;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.job.Job;
import org.deliberation.web.job.Jobs;
import org.deliberation.web.vote.VoteIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Imports a checked Pol.is conversation into a project, in the background: its participants (as accounts-less
 * participants that keep their Pol.is id), its comments as contributions posted at their time (hidden when Pol.is
 * moderated them out), then its votes in time order, with the time they were cast, in batches.
 */
@Component
public class PolisImporter implements DisposableBean {

  public static final String SOURCE = "polis";
  static final String MODERATED_OUT = "Moderated out in the source conversation (Pol.is).";

  private static final Logger log = LoggerFactory.getLogger(PolisImporter.class);

  private final CommandGateway commands;
  private final VoteIntake intake;
  private final Jobs jobs;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(
      Thread.ofPlatform().name("polis-import").daemon().factory());

  public PolisImporter(CommandGateway commands, VoteIntake intake, Jobs jobs) {
    this.commands = commands;
    this.intake = intake;
    this.jobs = jobs;
  }

  /** Starts the import and returns its job at once. */
  public Job start(ProjectId project, PolisConversation conversation, Actor importer) {
    var participantIds = new LinkedHashMap<String, ParticipantId>();
    conversation.comments().forEach(c -> participantIds.computeIfAbsent(c.author(), id -> ParticipantId.random()));
    conversation.votes().forEach(v -> participantIds.computeIfAbsent(v.voter(), id -> ParticipantId.random()));
    long total = participantIds.size() + conversation.comments().size() + conversation.votes().size();
    var job = jobs.start("polis-import", project.value(), total);
    worker.execute(() -> {
      try {
        run(project, conversation, importer, participantIds, job);
        job.succeed();
      } catch (RuntimeException e) {
        log.error("Import job {} into project {} failed", job.id(), project.value(), e);
        job.fail("The import stopped: " + e.getMessage());
      }
    });
    return job;
  }

  private void run(ProjectId project, PolisConversation conversation, Actor importer,
      Map<String, ParticipantId> participantIds, Job job) {
    var linked = new ArrayList<EventMessage<?>>(participantIds.size());
    participantIds.forEach((external, id) -> linked.add(GenericEventMessage.asEventMessage(
        new ParticipantImported(project, id, SOURCE, external))));
    intake.publishAll(linked);
    job.advance(linked.size());

    var statementIds = new LinkedHashMap<String, StatementId>();
    var comments = conversation.comments().stream()
        .sorted(Comparator.comparingLong(PolisConversation.Comment::timestamp)).toList();
    for (var comment : comments) {
      var id = StatementId.random();
      statementIds.put(comment.id(), id);
      var author = new Actor(participantIds.get(comment.author()), Set.of(Role.CITIZEN));
      commands.sendAndWait(new PostStatement(id, project, comment.body(), StatementKind.CONTRIBUTION, null,
          List.of(), null, null, Instant.ofEpochMilli(comment.timestamp()), comment.id(), author));
      if (comment.moderated() == -1) {
        commands.sendAndWait(new HideStatement(id, MODERATED_OUT, importer));
      }
      job.advance(1);
    }

    var votes = conversation.votes().stream()
        .sorted(Comparator.comparingLong(PolisConversation.VoteRow::timestamp)).toList();
    var batch = new ArrayList<EventMessage<?>>(VoteIntake.BATCH);
    for (var row : votes) {
      batch.add(GenericEventMessage.asEventMessage(new VoteCast(project, statementIds.get(row.comment()),
          participantIds.get(row.voter()), Vote.of(row.vote()), Instant.ofEpochMilli(row.timestamp()))));
      if (batch.size() == VoteIntake.BATCH) {
        intake.publishAll(batch);
        job.advance(batch.size());
        batch.clear();
      }
    }
    intake.publishAll(batch);
    job.advance(batch.size());
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
