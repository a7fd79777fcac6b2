/**
 * The HTTP server's hygiene: connection timeouts, connections per address, request targets, undecodable
 * requests.
 */
@NullMarked
package org.deliberation.web.platform.server;

import org.jspecify.annotations.NullMarked;
