/**
 * The domain of the deliberation wiki: wikiprojects, their pages, participants, and the rules that guard them.
 *
 * <p>Core is plain Java plus Axon's messaging annotations. It must never import Spring, Reactor, the MongoDB
 * driver or Lucene, so that its rules can be tested alone and its events replayed by any adapter; an ArchUnit test
 * enforces this.
 */
@NullMarked
package org.deliberation.core;

import org.jspecify.annotations.NullMarked;
