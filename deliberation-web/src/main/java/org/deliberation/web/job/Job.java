package org.deliberation.web.job;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** A running or ended background job; its worker advances it, readers see a consistent enough view. */
public final class Job {

  private final String id;
  private final String kind;
  private final String project;
  private final long total;
  private final Instant startedAt = Instant.now();
  private final AtomicLong done = new AtomicLong();
  private volatile String state = "RUNNING";
  private volatile @Nullable String error;
  private volatile @Nullable Instant endedAt;

  Job(String id, String kind, String project, long total) {
    this.id = id;
    this.kind = kind;
    this.project = project;
    this.total = total;
  }

  public String id() {
    return id;
  }

  public void advance(long steps) {
    done.addAndGet(steps);
  }

  public void succeed() {
    endedAt = Instant.now();
    state = "DONE";
  }

  public void fail(String reason) {
    error = reason;
    endedAt = Instant.now();
    state = "FAILED";
  }

  public JobView view() {
    return new JobView(id, kind, project, state, done.get(), total, startedAt, endedAt, error);
  }
}
