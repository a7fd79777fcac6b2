/** Commands addressed to a statement or to a ballot. */
@NullMarked
package org.deliberation.core.statement.command;

import org.jspecify.annotations.NullMarked;
