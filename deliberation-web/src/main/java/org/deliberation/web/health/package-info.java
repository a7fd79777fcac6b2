/** Readiness: the server reports UP only once its store answers and its projections have caught up. */
@NullMarked
package org.deliberation.web.health;

import org.jspecify.annotations.NullMarked;
