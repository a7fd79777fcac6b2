package org.deliberation.web.project;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.deliberation.web.deliberation.live.Activity;
import org.deliberation.web.project.projection.ProjectSummaryView;

/** A project in the list with its activity, as one flat JSON object: its fields, participants and votes. */
public record ProjectListItem(
    @JsonUnwrapped ProjectSummaryView project, @JsonUnwrapped Activity activity) {}
