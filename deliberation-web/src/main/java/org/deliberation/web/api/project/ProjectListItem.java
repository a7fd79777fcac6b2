package org.deliberation.web.api.project;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.deliberation.web.deliberation.Activity;
import org.deliberation.web.readmodel.project.ProjectSummaryView;

/** A project in the list with its activity, as one flat JSON object: its fields, participants and votes. */
public record ProjectListItem(@JsonUnwrapped ProjectSummaryView project, @JsonUnwrapped Activity activity) {}
