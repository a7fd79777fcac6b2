/** Operations for admins: the events projections could not take, listed and tried again. */
@NullMarked
package org.deliberation.web.ops;

import org.jspecify.annotations.NullMarked;
