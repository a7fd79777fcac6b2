package org.deliberation.web.deliberation.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The author's new text for their statement, which has no vote yet. */
public record EditStatementRequest(
    @NotBlank(message = "write the statement's new text")
        @Size(max = PostStatementRequest.MAX_VIEWPOINT, message = "must be at most 5000 characters")
        @Nullable String text) {}
