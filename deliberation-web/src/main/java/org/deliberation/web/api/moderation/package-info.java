/** The moderators' queue. */
@NullMarked
package org.deliberation.web.api.moderation;

import org.jspecify.annotations.NullMarked;
