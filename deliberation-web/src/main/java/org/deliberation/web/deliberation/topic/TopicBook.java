package org.deliberation.web.deliberation.topic;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The recorded topics of every project on this node, rebuilt from the events at each start. */
@Component
public class TopicBook {

  private final ConcurrentHashMap<String, ProjectTopics> projects = new ConcurrentHashMap<>();

  ProjectTopics of(String project) {
    return projects.computeIfAbsent(project, id -> new ProjectTopics());
  }

  Optional<ProjectTopics> find(String project) {
    return Optional.ofNullable(projects.get(project));
  }

  void clear() {
    projects.clear();
  }
}
