/**
 * The synthesis engine: opinion groups, consensus and dissent computed from votes, after Pol.is.
 *
 * <p>Plain Java with no framework imports, so that it can be tested alone, benchmarked, and replayed to any past
 * position. Deterministic: the same votes in the same order always give the same groups. The adapters that feed it
 * and publish its results live in deliberation-web.
 */
@NullMarked
package org.deliberation.core.synthesis;

import org.jspecify.annotations.NullMarked;
