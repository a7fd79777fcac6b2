/**
 * Who is calling and what they may send, as one Spring Security configuration ({@link SecurityConfig}): the bearer
 * tokens and the pages' session cookie resolved to the current {@link org.deliberation.core.common.Actor}, the pages'
 * anti-forgery tokens, the security headers and the route rules. It knows no feature: the tokens are resolved through
 * {@link Callers}, which the participants' feature implements.
 */
@NullMarked
package org.deliberation.web.platform.security;

import org.jspecify.annotations.NullMarked;
