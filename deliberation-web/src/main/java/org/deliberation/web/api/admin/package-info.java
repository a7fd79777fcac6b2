/** Operations for admins: the events projections could not take, listed and tried again. */
@NullMarked
package org.deliberation.web.api.admin;

import org.jspecify.annotations.NullMarked;
