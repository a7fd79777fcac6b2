package org.deliberation.web.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.core.project.Stage;
import org.deliberation.web.platform.http.VisibleText;
import org.jspecify.annotations.Nullable;

/** Move a project to its next stage. */
public record StageRequest(
    @NotNull(message = "must be DRAFT, DELIBERATION, SYNTHESIS or DECIDED") @Nullable Stage stage,
    @Size(max = 2000, message = "must be at most 2000 characters") @VisibleText(multiline = true)
        @Nullable String note) {}
