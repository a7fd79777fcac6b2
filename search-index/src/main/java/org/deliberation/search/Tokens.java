package org.deliberation.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer makes of a text, for the few places that build queries by hand. */
final class Tokens {

  private Tokens() {}

  static List<String> of(Analyzer analyzer, String field, String text) {
    var tokens = new ArrayList<String>();
    try (var stream = analyzer.tokenStream(field, text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // Analysis reads a String: there is no I/O to fail.
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
