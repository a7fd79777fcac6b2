package org.deliberation.web.project;

import jakarta.validation.constraints.NotNull;
import org.deliberation.core.readability.ReadingLevel;
import org.jspecify.annotations.Nullable;

/** The reading level a project's pages should reach (docs/readability.md). */
public record ReadabilityTargetRequest(
    @NotNull(
            message =
                "must be VERY_EASY, EASY, FAIRLY_EASY, STANDARD, FAIRLY_DIFFICULT, DIFFICULT or"
                    + " VERY_DIFFICULT")
        @Nullable ReadingLevel level) {}
