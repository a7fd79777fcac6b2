package org.deliberation.search;

/**
 * A search the index refuses to run: empty, too long, too many words, an unknown type, a limit out of range, a cursor
 * that was not made by this index for this search. Its message is shown to the person who typed the search, so it
 * says what to change; the web module answers it with 400.
 */
public class BadQueryException extends IllegalArgumentException {

  public BadQueryException(String message) {
    super(message);
  }
}
