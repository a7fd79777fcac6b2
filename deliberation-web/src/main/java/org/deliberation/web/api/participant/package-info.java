/**
 * HTTP resources for participants and sign-in tokens.
 */
@NullMarked
package org.deliberation.web.api.participant;

import org.jspecify.annotations.NullMarked;
