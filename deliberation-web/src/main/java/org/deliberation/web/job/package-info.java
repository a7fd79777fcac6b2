/** Background jobs (imports) and their progress. */
@NullMarked
package org.deliberation.web.job;

import org.jspecify.annotations.NullMarked;
