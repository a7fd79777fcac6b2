/** The site's recent changes, as a live feed. */
@NullMarked
package org.deliberation.web.activity;

import org.jspecify.annotations.NullMarked;
