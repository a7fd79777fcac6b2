/**
 * Whether a vote is admitted: the rule alone, on the stage of the project and the visibility of the statement, so
 * that every path that takes votes asks the same question and gets the same reasons.
 */
@NullMarked
package org.deliberation.core.vote;

import org.jspecify.annotations.NullMarked;
