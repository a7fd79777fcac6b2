package org.deliberation.web.petition.projection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One threshold of a petition: {@code name} is {@code response} or {@code agenda}; {@code reachedAt} the instant of
 * the signature that first brought the count to it, kept when the count falls below it later.
 */
public record ThresholdView(String name, int signatures, @Nullable Instant reachedAt) {}
