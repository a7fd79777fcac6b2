package org.deliberation.web.petition;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** The authority's answer to a petition, in Markdown (at most a page's size). */
public record AnswerRequest(
    @NotBlank(message = "write the authority's answer") @Nullable String markdown) {}
