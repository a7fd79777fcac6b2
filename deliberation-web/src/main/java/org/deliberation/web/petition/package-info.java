/**
 * Petitions to an authority: the API, the pages (list, petition, new petition, the authority's agenda) and the
 * services both call.
 */
@NullMarked
package org.deliberation.web.petition;

import org.jspecify.annotations.NullMarked;
