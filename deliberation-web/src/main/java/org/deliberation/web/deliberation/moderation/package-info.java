/** The moderators' queue. */
@NullMarked
package org.deliberation.web.deliberation.moderation;

import org.jspecify.annotations.NullMarked;
