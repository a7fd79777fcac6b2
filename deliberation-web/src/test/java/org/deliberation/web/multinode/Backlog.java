package org.deliberation.web.multinode;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.deliberation.web.durability.ServerProcess;

/** A project's stream as a reader resuming from the very start gets it: every event before the synthesis. */
final class Backlog {

  static List<StreamReader.Event> of(ServerProcess node, Calls.Project project) {
    try (var reader =
        StreamReader.open(node, "/api/projects/" + project.id() + "/synthesis/stream", "0")) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> reader.events().stream().anyMatch(e -> e.name().equals("synthesis")));
      var events = reader.events();
      int synthesis = 0;
      while (!events.get(synthesis).name().equals("synthesis")) {
        synthesis++;
      }
      return events.subList(0, synthesis);
    }
  }

  /** How many vote events the backlog holds. */
  static long votes(ServerProcess node, Calls.Project project) {
    return of(node, project).stream().filter(event -> event.name().equals("vote")).count();
  }

  private Backlog() {}
}
