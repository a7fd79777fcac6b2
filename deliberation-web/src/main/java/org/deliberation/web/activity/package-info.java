/**
 * The recent-changes feed of every project, live as a stream.
 */
@NullMarked
package org.deliberation.web.activity;

import org.jspecify.annotations.NullMarked;
