/**
 * The synthesis of a project: its API (now, at an instant or stage, live as a stream, the opinion map,
 * participation over time), the officials' synthesis page, and what both read.
 */
@NullMarked
package org.deliberation.web.deliberation.synthesis;

import org.jspecify.annotations.NullMarked;
