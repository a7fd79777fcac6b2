/**
 * Who is calling: bearer tokens resolved to an Actor for the handlers.
 */
@NullMarked
package org.deliberation.web.platform.security;

import org.jspecify.annotations.NullMarked;
