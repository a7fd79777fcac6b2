/** Vote intake: votes written in batches, durable before they are acknowledged. */
@NullMarked
package org.deliberation.web.deliberation.vote;

import org.jspecify.annotations.NullMarked;
