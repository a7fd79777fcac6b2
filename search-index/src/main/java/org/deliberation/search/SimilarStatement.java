package org.deliberation.search;

/**
 * A statement that says nearly the same as another one.
 *
 * @param similarity the estimated Jaccard similarity of the two texts' word shingles, from
 *     {@link org.deliberation.search.minhash.MinHash#THRESHOLD} to 1
 */
public record SimilarStatement(String id, DocumentType type, String text, double similarity) {}
