/**
 * Moderation: reports, hide and restore decisions, the moderators' queue and page.
 */
@NullMarked
package org.deliberation.web.deliberation.moderation;

import org.jspecify.annotations.NullMarked;
