package org.deliberation.web.deliberation.live;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.deliberation.core.project.Stage;
import org.jspecify.annotations.Nullable;
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
  // While a snapshot is applied: the projects whose votes or moderation changed, told to the
  // synthesis once at the end instead of at each event (null otherwise).
  private @Nullable Set<ProjectDeliberation> held;

  public Deliberations(JsonMapper json, SynthesisService synthesis, Clock clock) {
    this.json = json;
    this.synthesis = synthesis;
    this.clock = clock;
  }

  /** The project's deliberation, empty until its first event arrives. */
  public ProjectDeliberation of(String project) {
    return projects.computeIfAbsent(
        project, id -> new ProjectDeliberation(id, json::writeValueAsString, this::changed, clock));
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
    synchronized (this) {
      if (held != null) {
        held.clear();
      }
    }
  }

  /**
   * Until {@link #release()}, a change to a project's votes does not recompute its synthesis: a snapshot's million
   * votes would otherwise keep the synthesis thread recomputing ever larger matrices while they are applied, and what
   * it computed would be replaced by the recomputation after the last one anyway.
   */
  synchronized void hold() {
    if (held == null) {
      held = new LinkedHashSet<>();
    }
  }

  /**
   * Recomputes once the synthesis of each project whose votes changed while held: the state the last recomputation
   * of a replay leaves, since a synthesis depends on the votes alone, not on when the previous ones ran.
   */
  void release() {
    Set<ProjectDeliberation> changed;
    synchronized (this) {
      changed = held;
      held = null;
    }
    if (changed != null) {
      for (var project : changed) {
        synchronized (project) {
          synthesis.changed(project);
        }
      }
    }
  }

  /** Under the project's monitor, as {@link SynthesisService#changed} wants. */
  private void changed(ProjectDeliberation project) {
    synchronized (this) {
      if (held != null) {
        held.add(project);
        return;
      }
    }
    synthesis.changed(project);
  }
}
