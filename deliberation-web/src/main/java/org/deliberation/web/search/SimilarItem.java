package org.deliberation.web.search;

/**
 * A near-copy of a statement.
 *
 * @param similarity the estimated share of word shingles the two texts have in common (Jaccard), 0 to 1
 */
public record SimilarItem(String id, String type, String text, double similarity) {}
