package org.deliberation.web.job;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The jobs of this node since it started. A job's events are durable; its progress report is not. */
@Component
public class Jobs {

  private final ConcurrentHashMap<String, Job> jobs = new ConcurrentHashMap<>();

  public Job start(String kind, String project, long total) {
    var job = new Job(UUID.randomUUID().toString(), kind, project, total);
    jobs.put(job.id(), job);
    return job;
  }

  public Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }
}
