package org.deliberation.core.statement;

/** A participant's answer to a statement; in the synthesis, agree is +1, disagree -1 and pass 0. */
public enum Vote {
  AGREE(1),
  DISAGREE(-1),
  PASS(0);

  private final int value;

  Vote(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  /** The vote whose synthesis value this is: +1, -1 or 0. */
  public static Vote of(int value) {
    return value > 0 ? AGREE : value < 0 ? DISAGREE : PASS;
  }
}
