/**
 * Authentication (bearer tokens and the session cookie), anti-forgery protection and security headers.
 */
@NullMarked
package org.deliberation.web.platform.security;

import org.jspecify.annotations.NullMarked;
