/** Commands addressed to one follow. */
@NullMarked
package org.deliberation.core.follow.command;

import org.jspecify.annotations.NullMarked;
