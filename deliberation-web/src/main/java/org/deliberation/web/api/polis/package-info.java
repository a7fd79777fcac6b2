/** HTTP resources for open data: Pol.is import and export, and the jobs that run imports. */
@NullMarked
package org.deliberation.web.api.polis;

import org.jspecify.annotations.NullMarked;
