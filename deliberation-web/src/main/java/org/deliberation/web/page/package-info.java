/**
 * HTTP resources for the pages of a project: edits with If-Match, history, revisions, diffs, revert.
 */
@NullMarked
package org.deliberation.web.page;

import org.jspecify.annotations.NullMarked;
