package org.deliberation.web.project;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** An official's response, in Markdown. Its size is checked against the page limit. */
public record ResponseRequest(
    @NotBlank(message = "write the response") @Nullable String markdown) {}
