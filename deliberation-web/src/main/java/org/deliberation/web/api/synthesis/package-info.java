/** HTTP resources for the synthesis: the view, its live stream, the opinion map. */
@NullMarked
package org.deliberation.web.api.synthesis;

import org.jspecify.annotations.NullMarked;
