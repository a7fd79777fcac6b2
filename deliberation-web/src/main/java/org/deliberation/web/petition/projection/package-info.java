/**
 * The petitions' read model, in memory and rebuilt from every event at each start: authorities, petitions with their
 * signers, counts by area and thresholds, the agenda, and the live count's stream.
 */
@NullMarked
package org.deliberation.web.petition.projection;

import org.jspecify.annotations.NullMarked;
