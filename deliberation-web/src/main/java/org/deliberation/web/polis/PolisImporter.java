package org.deliberation.web.polis;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.web.deliberation.vote.VoteIntake;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.jobs.JobView;
import org.deliberation.web.platform.jobs.Jobs;
import org.deliberation.web.platform.limits.Limit;
import org.deliberation.web.platform.limits.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports a checked Pol.is conversation into a project, in the background: its participants (as accounts-less
 * participants that keep their Pol.is id), its comments as contributions posted at their time (hidden when Pol.is
 * moderated them out), then its votes in time order, with the time they were cast, in batches.
 *
 * <p>An import survives the node that runs it. Before it is acknowledged, the project is claimed for it
 * ({@link ImportClaims}), its files are stored ({@link ImportInputs}) and its job is recorded ({@link Jobs}); it
 * then records its progress after every acknowledged batch. A node that starts, or notices that another node stopped
 * renewing a job's heartbeat, takes the job over and resumes it from its last progress marker ({@link ImportRun}).
 * A stored import that cannot be resumed (its files are gone, a write is refused) ends {@code FAILED} with what it
 * stored.
 */
@Component
public class PolisImporter implements SmartLifecycle {

  public static final String SOURCE = "polis";
  public static final String KIND = "polis-import";
  static final String MODERATED_OUT = "Moderated out in the source conversation (Pol.is).";

  /** How long a claim may stay without its job before another import may take the project. */
  static final Duration UNRECORDED_CLAIM = Duration.ofMinutes(1);

  private static final Duration SCAN = Duration.ofSeconds(15);

  private static final Logger log = LoggerFactory.getLogger(PolisImporter.class);

  private final CommandGateway commands;
  private final VoteIntake intake;
  private final Jobs jobs;
  private final ImportInputs inputs;
  private final ImportClaims claims;
  private final Clock clock;
  // One import at a time per node: two cores run the server, its projections and its readers too.
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("polis-import").daemon().factory());
  private final ScheduledExecutorService watch =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("polis-import-watch").daemon().factory());
  private final RateLimits limits;
  private final Limit imports;
  private volatile boolean running;
  private volatile boolean stopping;

  public PolisImporter(
      CommandGateway commands,
      VoteIntake intake,
      Jobs jobs,
      ImportInputs inputs,
      ImportClaims claims,
      Clock clock,
      RateLimits limits,
      DeliberationProperties properties) {
    this.commands = commands;
    this.intake = intake;
    this.jobs = jobs;
    this.inputs = inputs;
    this.claims = claims;
    this.clock = clock;
    this.limits = limits;
    var imports = properties.limits().imports();
    this.imports = new Limit("imports-per-moderator", imports.moderator(), imports.period());
  }

  /**
   * Checks the files, claims the project, stores the files and the job, and starts the import; returns its job
   * once all of that is durable. Blocking.
   *
   * @param hasStatements whether the project already has statements, asked once the project is claimed
   * @throws org.deliberation.web.platform.http.BadRequestException when a file is malformed (nothing is stored)
   * @throws ConflictException when another import holds the project, or the project has statements
   */
  public JobView start(
      ProjectId project, ImportFiles files, Actor by, BooleanSupplier hasStatements) {
    var conversation = PolisCsv.parse(files.comments(), files.votes());
    // Counted once the files are read: a malformed upload, sent again corrected, costs nothing.
    limits.take(imports, by.id().value());
    var job = UUID.randomUUID().toString();
    var holder = claims.claim(project.value(), job);
    if (holder.isPresent() && !takeOverUnrecorded(project, holder.get(), job)) {
      throw ImportRefusals.busy(jobs.find(holder.get().job()).orElse(null));
    }
    var plan = ImportPlan.of(job, conversation);
    try {
      if (hasStatements.getAsBoolean()) {
        throw new ConflictException(
            "This wikiproject already has statements; import a conversation into a new "
                + "wikiproject, so that its statements and votes stay as they were.");
      }
      inputs.store(job, files);
      jobs.create(job, KIND, project.value(), plan.total(), ImportRun.start(plan), by);
    } catch (RuntimeException e) {
      jobs.forget(job);
      inputs.delete(job);
      claims.release(project.value(), job);
      throw e;
    }
    var stored = jobs.stored(job).orElseThrow();
    worker.execute(() -> run(stored, plan));
    return stored.view();
  }

  /** The import a project holds, if any: for the project's own view. Blocking. */
  public Optional<ImportStatus> status(ProjectId project) {
    return claims
        .holder(project.value())
        .flatMap(holder -> jobs.find(holder.job()))
        .map(job -> new ImportStatus(job.id(), job.state(), job.done(), job.total()));
  }

  // A claim whose job was never recorded belongs to a node that died between the two writes, a
  // moment apart.
  private boolean takeOverUnrecorded(ProjectId project, ImportClaims.Holder holder, String job) {
    return jobs.find(holder.job()).isEmpty()
        && holder.claimedAt().plus(UNRECORDED_CLAIM).isBefore(clock.instant())
        && claims.takeOver(project.value(), holder.job(), job);
  }

  private void resume(Jobs.Stored job) {
    var project = job.view().project();
    // A job recorded without its claim (released after a refusal that was not recorded) claims its
    // project again.
    var holder = claims.holder(project).or(() -> claims.claim(project, job.id()));
    if (holder.isPresent() && !holder.get().job().equals(job.id())) {
      // Recorded, but its node died before giving its id to anyone, and another import took the
      // project since.
      jobs.fail(
          job.id(),
          job.progress(),
          "This import never started: another import holds the wikiproject.");
      return;
    }
    var files = inputs.read(job.id());
    if (files.isEmpty()) {
      jobs.fail(
          job.id(),
          job.progress(),
          "The import cannot resume: its files are no longer stored. What it "
              + "stored stays; import the conversation again into a new wikiproject.");
      return;
    }
    log.info(
        "Resuming import job {} into project {} from its {} phase, {} of {} steps done",
        job.id(),
        project,
        job.progress().phase(),
        job.progress().done(),
        job.view().total());
    run(job, ImportPlan.of(job.id(), PolisCsv.parse(files.get().comments(), files.get().votes())));
  }

  private void run(Jobs.Stored job, ImportPlan plan) {
    var importRun =
        new ImportRun(
            plan,
            new ProjectId(job.view().project()),
            job.actor(),
            job.progress(),
            commands,
            intake,
            jobs,
            () -> stopping,
            clock);
    try {
      var done = importRun.run();
      jobs.succeed(job.id(), done);
      inputs.delete(job.id());
    } catch (ImportRun.LostException lost) {
      log.info("Import job {} is now run by another node", job.id());
    } catch (RuntimeException e) {
      if (stopping) {
        log.info(
            "Import job {} stopped with the server at {}; the next start resumes it",
            job.id(),
            importRun.progress());
        return;
      }
      log.error("Import job {} into project {} failed", job.id(), job.view().project(), e);
      jobs.fail(job.id(), importRun.progress(), ImportRefusals.failure(importRun.progress(), e));
    }
  }

  private void scan() {
    try {
      for (var job : jobs.takeOverAbandoned(KIND)) {
        worker.execute(
            () -> {
              try {
                resume(job);
              } catch (RuntimeException e) {
                if (!stopping) {
                  log.error("Import job {} could not be resumed", job.id(), e);
                  jobs.fail(job.id(), job.progress(), ImportRefusals.failure(job.progress(), e));
                }
              }
            });
      }
    } catch (RuntimeException e) {
      log.warn(
          "Could not look for imports to resume; will look again in {} s", SCAN.toSeconds(), e);
    }
  }

  private void heartbeat() {
    try {
      jobs.heartbeat();
    } catch (RuntimeException e) {
      log.warn("Could not renew the heartbeat of this node's imports", e);
    }
  }

  /** Once the whole server is up (the command bus, the event store): resume what an earlier run left. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeAbandoned() {
    watch.scheduleWithFixedDelay(this::scan, 0, SCAN.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void start() {
    running = true;
    watch.scheduleWithFixedDelay(
        this::heartbeat,
        Jobs.HEARTBEAT.toMillis(),
        Jobs.HEARTBEAT.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Stops between two steps; the job stays RUNNING, and the next start (here or on another node) resumes it. */
  @Override
  public void stop() {
    stopping = true;
    running = false;
    watch.shutdownNow();
    worker.shutdown();
    try {
      if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
