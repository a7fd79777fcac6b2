/** The site's recent-changes stream. */
@NullMarked
package org.deliberation.web.api.activity;

import org.jspecify.annotations.NullMarked;
