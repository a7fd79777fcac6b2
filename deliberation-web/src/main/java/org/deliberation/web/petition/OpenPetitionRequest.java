package org.deliberation.web.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.core.project.Language;
import org.deliberation.web.platform.http.VisibleText;
import org.jspecify.annotations.Nullable;

/** A new petition: what it asks, in Markdown, of which authority (its id), in which language. */
public record OpenPetitionRequest(
    @NotBlank(message = "say what the petition asks, for example 'Bus lanes on the high street'")
        @Size(max = 200, message = "must be at most 200 characters")
        @VisibleText
        @Nullable String title,
    @NotBlank(message = "explain the petition")
        @Size(max = 10_000, message = "must be at most 10000 characters")
        @VisibleText(multiline = true)
        @Nullable String text,
    @NotBlank(message = "name the authority by its id, from GET /api/authorities")
        @Size(max = 100, message = "must be an authority id from GET /api/authorities")
        @Nullable String authority,
    @NotNull(message = "must be \"fr\" or \"en\"") @Nullable Language language) {}
