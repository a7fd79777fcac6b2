package org.deliberation.web.api.participant;

import java.time.Instant;

/** A sign-in token, shown once. */
public record TokenView(String token, Instant expiresAt) {}
