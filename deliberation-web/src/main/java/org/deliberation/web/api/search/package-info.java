/** Search over HTTP: results with facets and cursors, suggestions as one types, near-duplicate statements. */
@NullMarked
package org.deliberation.web.api.search;

import org.jspecify.annotations.NullMarked;
