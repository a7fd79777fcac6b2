/**
 * The wiki pages of a project: Markdown documents with a complete, revertible history.
 *
 * <p>An edit names the revision it was based on; an edit based on an older revision is merged three-way when
 * it does not overlap the newer changes, and refused with the conflicting hunks when it does.
 */
@NullMarked
package org.deliberation.core.page;

import org.jspecify.annotations.NullMarked;
