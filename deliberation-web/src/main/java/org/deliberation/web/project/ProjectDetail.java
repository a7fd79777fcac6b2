package org.deliberation.web.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.deliberation.web.polis.ImportStatus;
import org.deliberation.web.project.projection.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * A project as {@code GET /api/projects/{id}} shows it: its view, and the Pol.is import it holds ({@code import},
 * absent when it has none), so that a client can tell a partial project from a complete one.
 */
public record ProjectDetail(
    @JsonUnwrapped ProjectView project,
    @JsonProperty("import") @Nullable ImportStatus polisImport) {}
