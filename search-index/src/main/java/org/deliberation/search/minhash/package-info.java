/**
 * Near-duplicate detection by MinHash over word shingles, with locality-sensitive hashing bands for candidate
 * retrieval. Pure Java: the index stores the signatures and band terms this package computes.
 */
@NullMarked
package org.deliberation.search.minhash;

import org.jspecify.annotations.NullMarked;
