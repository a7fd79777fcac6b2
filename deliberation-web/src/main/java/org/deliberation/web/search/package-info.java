/**
 * Search across projects: the Lucene projection and its token store (kept with the index), the API and the
 * search page, and the service both call.
 */
@NullMarked
package org.deliberation.web.search;

import org.jspecify.annotations.NullMarked;
