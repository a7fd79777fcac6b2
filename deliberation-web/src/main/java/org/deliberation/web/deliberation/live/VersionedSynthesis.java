package org.deliberation.web.deliberation.live;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The data of a {@code synthesis} event of the patch mode: the whole view, with the version the next patch applies
 * to, in the same object ({@code {"version": 7, "project": ..., ...}}).
 */
public record VersionedSynthesis(long version, @JsonUnwrapped SynthesisView view) {}
