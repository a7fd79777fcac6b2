/** The public Atom feeds of projects and petitions, written with Rome from the notifications' feed entries. */
@NullMarked
package org.deliberation.web.notification.feed;

import org.jspecify.annotations.NullMarked;
