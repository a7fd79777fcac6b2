package org.deliberation.web.page;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.web.platform.http.VisibleText;
import org.jspecify.annotations.Nullable;

/** Bring back the text of an earlier revision. */
public record RevertRequest(
    @NotNull(message = "give the revision to bring back")
        @Min(value = 1, message = "revisions start at 1")
        @Nullable Integer revision,
    @Size(max = 500, message = "must be at most 500 characters") @VisibleText
        @Nullable String comment) {}
