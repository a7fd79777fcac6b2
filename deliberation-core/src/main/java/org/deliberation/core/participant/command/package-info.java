/**
 * Commands addressed to a participant.
 */
@NullMarked
package org.deliberation.core.participant.command;

import org.jspecify.annotations.NullMarked;
