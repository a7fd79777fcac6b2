/** Facts recorded about following; the e-mail address itself is never in them, only whether mail is wanted. */
@NullMarked
package org.deliberation.core.follow.event;

import org.jspecify.annotations.NullMarked;
