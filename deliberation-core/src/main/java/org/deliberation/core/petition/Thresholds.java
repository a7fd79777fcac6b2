package org.deliberation.core.petition;

/**
 * An authority's two thresholds, in signatures: past {@code response} it owes the petition an answer, past
 * {@code agenda} the petition is on its agenda (the UK Parliament: 10,000 and 100,000). Stored in events: only
 * structural checks here; {@link AuthorityRules} decides which are acceptable.
 */
public record Thresholds(int response, int agenda) {

  /** The threshold of that name. */
  public int of(ThresholdName name) {
    return switch (name) {
      case RESPONSE -> response;
      case AGENDA -> agenda;
    };
  }
}
