package org.deliberation.web.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.deliberation.core.project.Language;
import org.deliberation.web.platform.http.VisibleText;
import org.jspecify.annotations.Nullable;

/** A new wikiproject. Without a slug, one is made from the title. */
public record CreateProjectRequest(
    @NotBlank(message = "name the decision, for example 'A new sports hall'")
        @Size(max = 200, message = "must be at most 200 characters")
        @VisibleText
        @Nullable String title,
    @NotBlank(message = "state the question to decide")
        @Size(max = 1000, message = "must be at most 1000 characters")
        @VisibleText(multiline = true)
        @Nullable String question,
    @NotBlank(message = "name the authority that decides")
        @Size(max = 200, message = "must be at most 200 characters")
        @VisibleText
        @Nullable String authority,
    @NotNull(message = "must be \"fr\" or \"en\"") @Nullable Language language,
    @Size(min = 2, max = 80, message = "must be 2 to 80 characters")
        @Pattern(
            regexp = "[a-z0-9]+(-[a-z0-9]+)*",
            message =
                "may hold only lower-case letters, digits and single hyphens, like 'sports-hall'")
        @Nullable String slug) {}
