package org.deliberation.web.deliberation.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.core.statement.Relation;
import org.jspecify.annotations.Nullable;

/** The statement this one supports or contradicts. */
public record RelatesToRequest(
    @NotBlank(message = "name the statement by its id")
        @Size(max = 100, message = "is not a statement id")
        @Nullable String statement,
    @NotNull(message = "must be \"SUPPORTS\" or \"CONTRADICTS\"") @Nullable Relation relation) {}
