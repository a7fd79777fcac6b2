/**
 * The server's configuration (properties), JSON and Markdown.
 */
@NullMarked
package org.deliberation.web.platform.config;

import org.jspecify.annotations.NullMarked;
