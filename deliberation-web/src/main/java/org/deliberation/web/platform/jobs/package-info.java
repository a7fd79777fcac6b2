/**
 * Long-running jobs kept in the store, claimed by one node at a time and resumed after a crash.
 */
@NullMarked
package org.deliberation.web.platform.jobs;

import org.jspecify.annotations.NullMarked;
