/**
 * The projects' read model: the projection kept in the store, the slug directory, and the queries that read
 * a project's current view and its history.
 */
@NullMarked
package org.deliberation.web.project.projection;

import org.jspecify.annotations.NullMarked;
