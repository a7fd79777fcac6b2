/**
 * Statements and viewpoints: post, list, read, with the one builder of the statement view.
 */
@NullMarked
package org.deliberation.web.deliberation.statement;

import org.jspecify.annotations.NullMarked;
