/**
 * Participants as the domain sees them: an opaque id and roles, never personal data.
 *
 * <p>Names, e-mails and postcodes live in one mutable store outside the events, so that erasing a participant is
 * deleting one document.
 */
@NullMarked
package org.deliberation.core.participant;

import org.jspecify.annotations.NullMarked;
