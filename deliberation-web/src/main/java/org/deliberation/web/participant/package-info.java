/**
 * Participants: accounts, sign-up, sign-in and sign-out, roles, erasure; their API and pages. Personal data
 * lives in one collection, so erasing a participant deletes one document.
 */
@NullMarked
package org.deliberation.web.participant;

import org.jspecify.annotations.NullMarked;
