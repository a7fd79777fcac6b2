/**
 * Commands addressed to a page. Each carries the stage its project is in, as the sender read it (like the roles
 * of its {@code Actor}), because who may write a page depends on it.
 */
@NullMarked
package org.deliberation.core.page.command;

import org.jspecify.annotations.NullMarked;
