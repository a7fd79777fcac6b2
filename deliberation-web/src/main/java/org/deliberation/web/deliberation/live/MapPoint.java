package org.deliberation.web.deliberation.live;

import org.jspecify.annotations.Nullable;

/** A participant on the opinion map: their place on the two principal components and their group, if clustered. */
public record MapPoint(String participant, double x, double y, @Nullable String group) {}
