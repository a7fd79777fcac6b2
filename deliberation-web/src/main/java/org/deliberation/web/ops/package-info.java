/**
 * Operations: health indicators (store, projections), the admins' dead-letter API, and the training run that leaves the
 * JVM's ahead-of-time cache for the image's fast start (docs/fast-start.md).
 */
@NullMarked
package org.deliberation.web.ops;

import org.jspecify.annotations.NullMarked;
