/**
 * Identifiers and exceptions shared by every feature of the domain.
 *
 * <p>Domain exceptions know nothing of HTTP: the web module maps each family to a status in one place.
 */
@NullMarked
package org.deliberation.core.common;

import org.jspecify.annotations.NullMarked;
