/**
 * The HTTP server's own defences, below Spring: connections that never finish their headers or never say anything
 * are closed, one client address cannot hold every connection, and request targets that are not valid URIs are
 * escaped so that Spring answers them with a problem instead of the server's empty 400.
 */
@NullMarked
package org.deliberation.web.platform.server;

import org.jspecify.annotations.NullMarked;
