/**
 * Commands addressed to a page.
 */
@NullMarked
package org.deliberation.core.page.command;

import org.jspecify.annotations.NullMarked;
