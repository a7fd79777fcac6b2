package org.deliberation.search.text;

import java.util.function.UnaryOperator;

/**
 * Counts the characters a scanner reads: it wraps every text handed to it in a view that counts each
 * {@code charAt} and each character of a {@code subSequence}. A step count independent of the machine's load.
 */
final class Reads implements UnaryOperator<CharSequence> {

  private long count;

  long count() {
    return count;
  }

  @Override
  public CharSequence apply(CharSequence text) {
    return new Counted(text.toString());
  }

  private final class Counted implements CharSequence {

    private final String text;

    Counted(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      count++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      count += end - start;
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
