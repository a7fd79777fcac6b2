/**
 * Notifications: the projection that derives them from events (who is told of what), the inbox's API and page, the
 * unread count of the site's header, and the entries of the public feeds.
 */
@NullMarked
package org.deliberation.web.notification.inbox;

import org.jspecify.annotations.NullMarked;
