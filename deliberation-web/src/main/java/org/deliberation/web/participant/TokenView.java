package org.deliberation.web.participant;

import java.time.Instant;

/** A sign-in token, shown once. */
public record TokenView(String token, Instant expiresAt) {}
