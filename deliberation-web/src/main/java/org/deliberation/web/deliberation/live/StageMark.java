package org.deliberation.web.deliberation.live;

import java.time.Instant;
import org.deliberation.core.project.Stage;

/** The instant a project entered a stage. */
public record StageMark(Stage stage, Instant from) {}
