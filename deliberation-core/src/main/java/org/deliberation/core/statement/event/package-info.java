/** Facts recorded about statements and votes. Moderation never deletes: it records who hid what, when and why. */
@NullMarked
package org.deliberation.core.statement.event;

import org.jspecify.annotations.NullMarked;
