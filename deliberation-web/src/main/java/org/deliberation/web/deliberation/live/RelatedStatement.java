package org.deliberation.web.deliberation.live;

import org.jspecify.annotations.Nullable;

/**
 * A statement linked to another one.
 *
 * @param direction {@code TO}: this statement supports or contradicts the other; {@code FROM}: the other one
 *     supports or contradicts this statement
 */
public record RelatedStatement(
    String statement,
    String relation,
    String direction,
    String kind,
    @Nullable String stance,
    @Nullable String text) {}
