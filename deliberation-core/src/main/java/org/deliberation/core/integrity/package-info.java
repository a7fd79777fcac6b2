/**
 * Integrity of a deliberation: groups of accounts that behave as one, the evidence against them and how strong it
 * is, the safeguards the synthesis applies for them, and a test for coordinated flags.
 *
 * <p>Plain Java with no framework imports, deterministic (seeded hashing, stable ordering), like the synthesis engine
 * it feeds ({@link org.deliberation.core.synthesis}); the web layer supplies what only it knows (sign-up instants, an
 * opaque address key per participant, near-duplicate statements) and records moderators' decisions. Nothing about a
 * person is inferred beyond what they did on the site.
 */
@NullMarked
package org.deliberation.core.integrity;

import org.jspecify.annotations.NullMarked;
