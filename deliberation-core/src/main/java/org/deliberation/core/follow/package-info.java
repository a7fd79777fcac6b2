/**
 * Following a project or a petition: one follow per participant and target, as an aggregate of its own so that two
 * racing requests of the same participant collide in the store instead of recording two follows.
 */
@NullMarked
package org.deliberation.core.follow;

import org.jspecify.annotations.NullMarked;
