/** What every web page needs: the browser session, anti-forgery tokens, security headers, language, errors. */
@NullMarked
package org.deliberation.web.platform.pages;

import org.jspecify.annotations.NullMarked;
