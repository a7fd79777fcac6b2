package org.deliberation.web.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A moderator previews or records an invalidation of some participants' signatures.
 *
 * @param preview true to see the count before and after and record nothing; false to record it (a reason required)
 */
public record SignatureInvalidationRequest(
    @NotNull(message = "name the participants whose signatures to invalidate")
        @Size(min = 1, max = 5000, message = "must name 1 to 5000 participants")
        @Nullable List<@NotBlank(message = "must be participant ids") @Size(max = 100) String>
            participants,
    @Size(max = 500, message = "must be at most 500 characters") @Nullable String reason,
    @NotNull(message = "say true to preview, false to record the invalidation")
        @Nullable Boolean preview) {}
