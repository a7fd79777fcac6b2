/**
 * Wikiprojects: one pending public decision, its question, its deciding authority and its stage.
 */
@NullMarked
package org.deliberation.core.project;

import org.jspecify.annotations.NullMarked;
