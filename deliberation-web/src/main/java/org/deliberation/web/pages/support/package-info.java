/** What every web page needs: the browser session, anti-forgery tokens, security headers, language, errors. */
@NullMarked
package org.deliberation.web.pages.support;

import org.jspecify.annotations.NullMarked;
