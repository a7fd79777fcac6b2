/**
 * Operations: health indicators (store, projections) and the admins' dead-letter API.
 */
@NullMarked
package org.deliberation.web.ops;

import org.jspecify.annotations.NullMarked;
