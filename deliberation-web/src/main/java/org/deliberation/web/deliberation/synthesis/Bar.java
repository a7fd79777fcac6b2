package org.deliberation.web.deliberation.synthesis;

/**
 * The shares of agree, disagree and pass among the votes on a statement, in whole percents that add up to 100 (or all
 * zero without votes), to draw as a bar and to read out in words.
 */
public record Bar(int agree, int disagree, int pass, int votes) {

  public static Bar of(int agree, int disagree, int pass) {
    int votes = agree + disagree + pass;
    if (votes == 0) {
      return new Bar(0, 0, 0, 0);
    }
    // In double, as synthesis.js redraws the bars live: the same figures either way.
    int agreeShare = (int) Math.round(100.0 * agree / votes);
    int disagreeShare = Math.min(100 - agreeShare, (int) Math.round(100.0 * disagree / votes));
    return new Bar(agreeShare, disagreeShare, 100 - agreeShare - disagreeShare, votes);
  }
}
