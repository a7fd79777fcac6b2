/**
 * Commands addressed to a wikiproject.
 */
@NullMarked
package org.deliberation.core.project.command;

import org.jspecify.annotations.NullMarked;
