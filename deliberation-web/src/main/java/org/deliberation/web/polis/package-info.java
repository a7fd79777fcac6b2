/**
 * Pol.is open data: import (durable, resumable jobs) and export in Pol.is' CSV format.
 */
@NullMarked
package org.deliberation.web.polis;

import org.jspecify.annotations.NullMarked;
