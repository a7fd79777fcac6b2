/**
 * The live deliberation of each project, in memory: statements, votes and their counts per opinion group,
 * moderation, time travel, participation and the stream backlog, rebuilt from the events at every start.
 */
@NullMarked
package org.deliberation.web.deliberation.live;

import org.jspecify.annotations.NullMarked;
