package org.deliberation.web.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deliberation.web.platform.http.VisibleText;
import org.jspecify.annotations.Nullable;

/** A new authority: its name and thresholds, in signatures (the response one no larger than the agenda one). */
public record CreateAuthorityRequest(
    @NotBlank(message = "name the authority, for example 'Town council'")
        @Size(max = 200, message = "must be at most 200 characters")
        @VisibleText
        @Nullable String name,
    @NotNull(message = "give both thresholds, like {\"response\": 10000, \"agenda\": 100000}")
        @Valid
        @Nullable Thresholds thresholds) {

  /** The thresholds as sent. */
  public record Thresholds(
      @NotNull(message = "the signatures past which the authority answers")
          @Min(value = 1, message = "must be at least 1")
          @Max(value = 100_000_000, message = "must be at most 100000000")
          @Nullable Integer response,
      @NotNull(message = "the signatures past which the petition is on the agenda")
          @Min(value = 1, message = "must be at least 1")
          @Max(value = 100_000_000, message = "must be at most 100000000")
          @Nullable Integer agenda) {}
}
