/**
 * Votes: the API that takes them, vote admission, and the intake that stores them in batches.
 */
@NullMarked
package org.deliberation.web.deliberation.vote;

import org.jspecify.annotations.NullMarked;
