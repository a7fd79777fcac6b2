/**
 * The text analysis of the index: one English chain, one French chain, one plain folded chain for prefixes.
 *
 * <p>Every text is indexed by all three, whatever the project's language, because citizens search in either language
 * and quote the other one.
 */
@NullMarked
package org.deliberation.search.analysis;

import org.jspecify.annotations.NullMarked;
