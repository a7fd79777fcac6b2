package org.deliberation.web.project;

import org.deliberation.web.project.projection.ProjectSummaryView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.deliberation.web.deliberation.live.Activity;

/** A project in the list with its activity, as one flat JSON object: its fields, participants and votes. */
public record ProjectListItem(@JsonUnwrapped ProjectSummaryView project, @JsonUnwrapped Activity activity) {}
