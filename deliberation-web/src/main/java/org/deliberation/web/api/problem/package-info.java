/**
 * Errors as application/problem+json (RFC 9457), mapped in one place.
 */
@NullMarked
package org.deliberation.web.api.problem;

import org.jspecify.annotations.NullMarked;
