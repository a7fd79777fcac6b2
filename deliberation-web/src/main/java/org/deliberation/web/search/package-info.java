/** This node's search index, fed by its own tracking processor, its position committed with the index. */
@NullMarked
package org.deliberation.web.search;

import org.jspecify.annotations.NullMarked;
