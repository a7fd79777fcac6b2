package org.deliberation.web.deliberation.live;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.deliberation.core.project.Stage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The live deliberation of every project on this node. */
@Component
public class Deliberations {

  private final ConcurrentHashMap<String, ProjectDeliberation> projects = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> slugs = new ConcurrentHashMap<>();
  private final JsonMapper json;
  private final SynthesisService synthesis;
  private final Clock clock;

  public Deliberations(JsonMapper json, SynthesisService synthesis, Clock clock) {
    this.json = json;
    this.synthesis = synthesis;
    this.clock = clock;
  }

  /** The project's deliberation, empty until its first event arrives. */
  public ProjectDeliberation of(String project) {
    return projects.computeIfAbsent(
        project,
        id -> new ProjectDeliberation(id, json::writeValueAsString, synthesis::changed, clock));
  }

  /** The deliberation of a project named by its id or its slug, if any event of it has arrived. */
  public Optional<ProjectDeliberation> find(String idOrSlug) {
    var byId = projects.get(idOrSlug);
    if (byId != null) {
      return Optional.of(byId);
    }
    var id = slugs.get(idOrSlug);
    return id == null ? Optional.empty() : Optional.ofNullable(projects.get(id));
  }

  /** Every project's deliberation on this node. */
  public Collection<ProjectDeliberation> all() {
    return List.copyOf(projects.values());
  }

  /** The ids of the projects now in this stage. */
  public Set<String> inStage(Stage stage) {
    var ids = new HashSet<String>();
    projects.forEach(
        (id, project) -> {
          if (project.stage() == stage) {
            ids.add(id);
          }
        });
    return ids;
  }

  /** A participant erased their personal data: in every project, their statements become a former participant's. */
  void authorErased(String participant, String formerParticipant) {
    projects.values().forEach(project -> project.authorErased(participant, formerParticipant));
  }

  void named(String slug, String project) {
    slugs.put(slug, project);
  }

  void clear() {
    projects.clear();
    slugs.clear();
  }
}
