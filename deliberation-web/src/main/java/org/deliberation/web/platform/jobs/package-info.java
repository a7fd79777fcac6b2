/**
 * Background jobs (imports) and their progress, kept in the store: a job answers on every node and after a restart,
 * and a job whose node died is taken over and resumed by another.
 */
@NullMarked
package org.deliberation.web.platform.jobs;

import org.jspecify.annotations.NullMarked;
