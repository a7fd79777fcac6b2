package org.deliberation.web.notification.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Marks read every notification up to this one (an id from {@code GET /api/notifications}), included. */
public record ReadRequest(
    @NotBlank(message = "give the id of the newest notification read, from GET /api/notifications")
        @Size(max = 40, message = "must be a notification's id, from GET /api/notifications")
        @Nullable String upTo) {}
