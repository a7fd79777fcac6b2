/** HTTP resources for the synthesis: the view, its live stream, the opinion map. */
@NullMarked
package org.deliberation.web.deliberation.synthesis;

import org.jspecify.annotations.NullMarked;
