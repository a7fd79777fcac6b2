/**
 * Facts recorded about a participant; they carry no personal data.
 */
@NullMarked
package org.deliberation.core.participant.event;

import org.jspecify.annotations.NullMarked;
