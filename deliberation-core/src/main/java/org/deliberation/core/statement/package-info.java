/**
 * Statements and votes: citizens' short contributions and experts' sourced viewpoints, the agree / disagree / pass
 * votes on them, flags and moderation.
 *
 * <p>Each statement is an aggregate, and so is each participant's ballot on a statement: ten thousand people voting on
 * the same statement never contend for one aggregate, and a participant's last vote wins within their own ballot.
 */
@NullMarked
package org.deliberation.core.statement;

import org.jspecify.annotations.NullMarked;
