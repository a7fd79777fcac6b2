/**
 * Page reads: the page list of each project (projected), and page texts and history read from each page's own event stream, which is always current.
 */
@NullMarked
package org.deliberation.web.readmodel.page;

import org.jspecify.annotations.NullMarked;
