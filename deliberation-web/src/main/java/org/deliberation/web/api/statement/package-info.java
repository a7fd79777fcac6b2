/** HTTP resources for statements, viewpoints, votes, flags and moderation. */
@NullMarked
package org.deliberation.web.api.statement;

import org.jspecify.annotations.NullMarked;
