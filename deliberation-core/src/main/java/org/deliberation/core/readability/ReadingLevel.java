package org.deliberation.core.readability;

/**
 * Flesch's table of reading ease (Flesch 1949, "The Art of Readable Writing"; the same bands on Wikipedia's page),
 * from the easiest band to the hardest. Kandel and Moles calibrated their French formula to the same scale, so French
 * scores use the same bands.
 */
public enum ReadingLevel {
  /** 90 and above. */
  VERY_EASY(90),
  /** 80 to 90. */
  EASY(80),
  /** 70 to 80. */
  FAIRLY_EASY(70),
  /** 60 to 70: plain language. */
  STANDARD(60),
  /** 50 to 60. */
  FAIRLY_DIFFICULT(50),
  /** 30 to 50. */
  DIFFICULT(30),
  /** below 30. */
  VERY_DIFFICULT(Double.NEGATIVE_INFINITY);

  private final double from;

  ReadingLevel(double from) {
    this.from = from;
  }

  /** The lowest score of this band. */
  public double from() {
    return from;
  }

  /** The band a score falls in; a score on a boundary belongs to the easier band, as in Flesch's table. */
  public static ReadingLevel of(double score) {
    for (var level : values()) {
      if (score >= level.from) {
        return level;
      }
    }
    return VERY_DIFFICULT;
  }

  /** Whether this band is harder to read than {@code other}. */
  public boolean harderThan(ReadingLevel other) {
    return ordinal() > other.ordinal();
  }
}
