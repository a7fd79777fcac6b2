/**
 * The live deliberation of each project, kept in memory and fed by one tracking processor that replays every event at
 * start: statements with their moderation trail, vote counts updated in O(1) per vote, the vote log that time travel
 * and stream resumption read, and the synthesis recomputed in the background.
 */
@NullMarked
package org.deliberation.web.deliberation.live;

import org.jspecify.annotations.NullMarked;
