package org.deliberation.web.platform.jobs;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@code jobs} collection: one document per background job, keyed by its id, so that a job and its progress
 * outlive the node that ran it and any node answers for it.
 *
 * <p>A running job is owned by one node, which renews a heartbeat on it. A job whose owner stopped renewing it (the
 * node was killed) is taken over by the next node that looks, with a compare-and-set on its owner: one
 * document, one atomic update, so two nodes never both take it. With the embedded store the process is the only app
 * node, so a running job owned by anyone else was left by an earlier run of this process and is taken at once.
 *
 * <p>Blocking (the synchronous driver): call it from a worker thread or {@code boundedElastic}. Thread safe.
 */
@Component
public class Jobs {

  /** How often a node renews the heartbeat of the jobs it runs. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(5);

  /** How long a heartbeat may be missed before another node takes the job over. */
  static final Duration STALE_AFTER = Duration.ofSeconds(30);

  private final MongoCollection<Document> jobs;
  private final WriteBarrier barrier;
  private final Duration staleAfter;
  private final Clock clock;
  private final String node = UUID.randomUUID().toString();

  @Autowired
  public Jobs(
      MongoDatabase database,
      WriteBarrier barrier,
      DeliberationProperties properties,
      Clock clock) {
    this(database, barrier, properties.mongodb().embedded() ? Duration.ZERO : STALE_AFTER, clock);
  }

  Jobs(MongoDatabase database, WriteBarrier barrier, Duration staleAfter, Clock clock) {
    this.jobs =
        database.getCollection("jobs").withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    this.barrier = barrier;
    this.staleAfter = staleAfter;
    this.clock = clock;
  }

  /** A job as stored, with what resuming it needs. */
  public record Stored(JobView view, JobProgress progress, Actor actor) {

    public String id() {
      return view.id();
    }
  }

  /** Records a new running job owned by this node, durably, before its id is given to anyone. */
  public void create(
      String id, String kind, String project, long total, JobProgress start, Actor actor) {
    var now = Date.from(clock.instant());
    var document =
        new Document("_id", id)
            .append("kind", kind)
            .append("project", project)
            .append("state", JobState.RUNNING.name())
            .append("total", total)
            .append("startedAt", now)
            .append(
                "actor",
                new Document("id", actor.id().value())
                    .append("roles", actor.roles().stream().map(Role::name).sorted().toList()))
            .append("owner", node)
            .append("heartbeat", now);
    progress(document, start);
    jobs.insertOne(document);
    barrier.afterWrite();
  }

  public Optional<JobView> find(String id) {
    return stored(id).map(Stored::view);
  }

  public Optional<Stored> stored(String id) {
    return Optional.ofNullable(jobs.find(eq("_id", id)).first()).map(Jobs::read);
  }

  /**
   * Records progress after an acknowledged step. Not flushed at once on the embedded store (it flushes within a
   * second): a marker lost to a crash only makes the resumed job redo steps its ids make idempotent.
   *
   * @return false when this node no longer owns the job (another node took it over): stop working on it
   */
  public boolean progress(String id, JobProgress progress) {
    var update =
        new Document(
            "$set", progress(new Document("heartbeat", Date.from(clock.instant())), progress));
    return jobs.updateOne(owned(id), update).getMatchedCount() == 1;
  }

  /** Ends a job this node owns as done. */
  public void succeed(String id, JobProgress progress) {
    end(id, progress, JobState.DONE, null);
  }

  /** Ends a job this node owns as failed, keeping its progress: what was stored stays stored. */
  public void fail(String id, JobProgress progress, String error) {
    end(id, progress, JobState.FAILED, error);
  }

  /** Removes a job that was never announced (refused before its id was given out). */
  public void forget(String id) {
    jobs.deleteOne(owned(id));
    barrier.afterWrite();
  }

  /** Renews the heartbeat of every job this node runs. */
  public void heartbeat() {
    jobs.updateMany(
        and(eq("owner", node), eq("state", JobState.RUNNING.name())),
        Updates.set("heartbeat", Date.from(clock.instant())));
  }

  /**
   * Takes over the running jobs of a kind whose owner stopped renewing them, and returns them to resume. A job
   * another node takes first is not returned.
   */
  public List<Stored> takeOverAbandoned(String kind) {
    var staleBefore = Date.from(clock.instant().minus(staleAfter).plusMillis(1));
    var taken = new ArrayList<Stored>();
    for (var document :
        jobs.find(
            and(
                eq("kind", kind),
                eq("state", JobState.RUNNING.name()),
                ne("owner", node),
                lt("heartbeat", staleBefore)))) {
      var claimed =
          jobs.updateOne(
              and(
                  eq("_id", document.getString("_id")),
                  eq("state", JobState.RUNNING.name()),
                  eq("owner", document.getString("owner")),
                  lt("heartbeat", staleBefore)),
              Updates.combine(
                  Updates.set("owner", node),
                  Updates.set("heartbeat", Date.from(clock.instant()))));
      if (claimed.getModifiedCount() == 1) {
        stored(document.getString("_id")).ifPresent(taken::add);
      }
    }
    if (!taken.isEmpty()) {
      barrier.afterWrite();
    }
    return taken;
  }

  private void end(String id, JobProgress progress, JobState state, @Nullable String error) {
    var set =
        progress(
            new Document("state", state.name()).append("endedAt", Date.from(clock.instant())),
            progress);
    if (error != null) {
      set.append("error", error);
    }
    jobs.updateOne(owned(id), new Document("$set", set));
    barrier.afterWrite();
  }

  private Bson owned(String id) {
    return and(eq("_id", id), eq("owner", node));
  }

  private static Document progress(Document document, JobProgress progress) {
    var stored = new Document();
    progress.stored().forEach(stored::append);
    return document
        .append("phase", progress.phase())
        .append("next", progress.next())
        .append("done", progress.done())
        .append("stored", stored);
  }

  private static Stored read(Document document) {
    var stored = new LinkedHashMap<String, Long>();
    var counts = document.get("stored", Document.class);
    if (counts != null) {
      counts.forEach((key, value) -> stored.put(key, ((Number) value).longValue()));
    }
    var progress =
        new JobProgress(
            document.getString("phase"),
            number(document, "next"),
            number(document, "done"),
            stored);
    var endedAt = document.getDate("endedAt");
    var view =
        new JobView(
            document.getString("_id"),
            document.getString("kind"),
            document.getString("project"),
            JobState.valueOf(document.getString("state")),
            progress.phase(),
            progress.done(),
            number(document, "total"),
            progress.stored(),
            document.getDate("startedAt").toInstant(),
            endedAt == null ? null : endedAt.toInstant(),
            document.getString("error"));
    var actor = document.get("actor", Document.class);
    var roles = EnumSet.noneOf(Role.class);
    actor.getList("roles", String.class).forEach(role -> roles.add(Role.valueOf(role)));
    return new Stored(view, progress, new Actor(new ParticipantId(actor.getString("id")), roles));
  }

  private static long number(Document document, String key) {
    var value = document.get(key);
    return value == null ? 0 : ((Number) value).longValue();
  }
}
