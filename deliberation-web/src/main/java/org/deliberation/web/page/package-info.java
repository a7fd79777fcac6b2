/**
 * A project's wiki pages: the API and the editor's pages, and the service both call to read, edit, revert and
 * compare revisions (edits merged or refused with typed conflicts), over the pages' read model.
 */
@NullMarked
package org.deliberation.web.page;

import org.jspecify.annotations.NullMarked;
