/**
 * The document store: the embedded MongoDB-compatible server used when no connection string is set, or a real
 * MongoDB; and the clients every other part uses.
 */
@NullMarked
package org.deliberation.web.platform.store;

import org.jspecify.annotations.NullMarked;
