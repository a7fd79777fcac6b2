/**
 * Facts recorded about a page. Each revision event carries the whole Markdown of that revision, so any
 * revision can be shown without replaying diffs.
 */
@NullMarked
package org.deliberation.core.page.event;

import org.jspecify.annotations.NullMarked;
