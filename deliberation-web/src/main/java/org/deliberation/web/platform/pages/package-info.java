/**
 * What every HTML page shares: the layout's model, error pages, forms' validation and refusals, addresses,
 * the site's language; {@link org.deliberation.web.platform.pages.SitePage} marks the controllers that answer with pages.
 */
@NullMarked
package org.deliberation.web.platform.pages;

import org.jspecify.annotations.NullMarked;
