/**
 * Following projects and petitions: the API, the follows' read model, and the seam through which a followable kind
 * says which of its things exist ({@link org.deliberation.web.notification.follow.FollowTargets}).
 */
@NullMarked
package org.deliberation.web.notification.follow;

import org.jspecify.annotations.NullMarked;
