/**
 * HTTP resources for wikiprojects.
 */
@NullMarked
package org.deliberation.web.project;

import org.jspecify.annotations.NullMarked;
