/**
 * Coordinated accounts shown to moderators, and invalidations of their votes with a preview: the integrity report of
 * a project (core's {@code IntegrityCheck} on the live deliberation's votes and what the site knows of the accounts),
 * its API and the moderators' page.
 */
@NullMarked
package org.deliberation.web.integrity;

import org.jspecify.annotations.NullMarked;
