/**
 * HTTP resources for wikiprojects.
 */
@NullMarked
package org.deliberation.web.api.project;

import org.jspecify.annotations.NullMarked;
