package org.deliberation.web.page;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.web.platform.http.VisibleText;
import org.jspecify.annotations.Nullable;

/** The whole new text of a page and a short note on what changed. */
public record EditPageRequest(
    @NotNull(message = "send the page's whole text in Markdown") @Nullable String markdown,
    @Size(max = 500, message = "must be at most 500 characters") @VisibleText
        @Nullable String comment) {}
