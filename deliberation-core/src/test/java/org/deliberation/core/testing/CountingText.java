package org.deliberation.core.testing;

/**
 * A text that counts the characters read from it: the step count of a scanner that reads its input only through
 * {@link #charAt}, independent of the machine's speed and load.
 */
public final class CountingText implements CharSequence {

  private final String text;
  private long reads;

  public CountingText(String text) {
    this.text = text;
  }

  public long reads() {
    return reads;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    reads++;
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    reads += end - start;
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
