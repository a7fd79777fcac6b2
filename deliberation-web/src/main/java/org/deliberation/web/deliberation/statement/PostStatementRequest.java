package org.deliberation.web.deliberation.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.web.platform.http.VisibleText;
import org.jspecify.annotations.Nullable;

/** A new contribution, or an expert's viewpoint with its stance, sources, interests and link. */
public record PostStatementRequest(
    @NotBlank(message = "write the statement")
        @Size(max = PostStatementRequest.MAX_VIEWPOINT, message = "must be at most 5000 characters")
        @Nullable String text,
    @NotNull(message = "must be \"CONTRIBUTION\" or \"VIEWPOINT\"") @Nullable StatementKind kind,
    @Nullable Stance stance,
    @Size(max = 20, message = "may list at most 20 sources")
        @Nullable
            List<
                @NotBlank(message = "must not be blank")
                @Size(max = 2000, message = "must be at most 2000 characters") @VisibleText String>
            sources,
    @Valid @Nullable RelatesToRequest relatesTo,
    @Size(max = 2000, message = "must be at most 2000 characters") @Nullable String interests) {

  /** Contributions are short, as on Pol.is, so that everyone can read and vote on many. */
  static final int MAX_CONTRIBUTION = 1000;

  static final int MAX_VIEWPOINT = 5000;
}
