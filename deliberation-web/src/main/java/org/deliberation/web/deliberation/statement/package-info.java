/** HTTP resources for statements, viewpoints, votes, flags and moderation. */
@NullMarked
package org.deliberation.web.deliberation.statement;

import org.jspecify.annotations.NullMarked;
