/** Wiring: one configuration class per concern, and the settings record they read. */
@NullMarked
package org.deliberation.web.platform.config;

import org.jspecify.annotations.NullMarked;
