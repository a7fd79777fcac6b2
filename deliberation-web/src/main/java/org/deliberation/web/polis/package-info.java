/** Open data: Pol.is conversations imported from and exported to Pol.is's CSV export format. */
@NullMarked
package org.deliberation.web.polis;

import org.jspecify.annotations.NullMarked;
