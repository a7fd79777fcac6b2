/**
 * The store: the embedded MongoDB-compatible store or a real replica set, and the client both are reached by.
 */
@NullMarked
package org.deliberation.web.platform.store;

import org.jspecify.annotations.NullMarked;
