/**
 * People told: following, the inbox and its unread count, the public Atom feeds, and e-mail (docs/notifications.md).
 * This folder holds what its sub-folders share: the site's public address.
 */
@NullMarked
package org.deliberation.web.notification;

import org.jspecify.annotations.NullMarked;
