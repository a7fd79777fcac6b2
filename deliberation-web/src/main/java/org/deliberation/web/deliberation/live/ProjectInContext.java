package org.deliberation.web.deliberation.live;

import org.deliberation.core.project.Stage;

/** A project found for a request: its live deliberation, and its stage as current as its own events. */
public record ProjectInContext(ProjectDeliberation deliberation, Stage stage) {

  public String project() {
    return deliberation.project();
  }
}
