/**
 * Named rate limits over Bucket4j local buckets: how often an action may be taken per participant, per client
 * address or per account, failed sign-ins with an exponential back-off, and the refusal (429) they answer with.
 * Counted on each node apart (see docs/hardening.md, "Limits"); knows no feature, which name their own limits.
 */
@NullMarked
package org.deliberation.web.platform.limits;

import org.jspecify.annotations.NullMarked;
