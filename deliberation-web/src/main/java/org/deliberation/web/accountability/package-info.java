/**
 * The authority's answers to the synthesis, point by point: officials record a decision and its reason on each
 * statement of the consensus and dissent; everyone reads them beside the points, as they stood when the project
 * entered SYNTHESIS and as they stand now, on the API and on a public, printable page.
 */
@NullMarked
package org.deliberation.web.accountability;

import org.jspecify.annotations.NullMarked;
