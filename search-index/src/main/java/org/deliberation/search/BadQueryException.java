package org.deliberation.search;

/**
 * A search the index refuses to run: empty, too long, too many words, an unknown type, a limit out of range, a cursor
 * that was not made by this index for this search. Its message is shown to the person who typed the search, so it
 * says what to change, and {@link #parameter()} where; the web module answers it with 400.
 */
public class BadQueryException extends IllegalArgumentException {

  private final String parameter;

  /**
   * @param parameter what the person has to change, as the web API names it: {@code q}, {@code type}, {@code limit} or
   *     {@code cursor}
   */
  public BadQueryException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
