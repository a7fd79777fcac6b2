package org.deliberation.core.markdown;

import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.text.Characters;

/**
 * Takes every run of {@code *}, {@code _} and {@code ~} away from commonmark's own emphasis processing, as a
 * {@link Run} node that {@link EmphasisResolver} resolves once the block is parsed.
 *
 * <p>Why: commonmark-java 0.27 resolves emphasis with one "openers bottom" per character, which it does not move when
 * an opener was refused by the rule of three or by a tilde count; 64 KB of {@code " *a"} then {@code "a**a"} took
 * 0.5 s, quadratic. Its resolver also builds one node per level, and the parser and renderer then recurse once per
 * level: 30,000 {@code *} around a word overflowed the stack. Custom inline parsers run before delimiter processors,
 * so a run read here never reaches commonmark's.
 *
 * <p>A run is classified exactly as commonmark does it (CommonMark 0.31, "left-flanking" and "right-flanking"
 * delimiter runs, with the stricter rules for {@code _}), from the characters just before and after it.
 */
final class DelimiterRuns implements InlineContentParserFactory {

  @Override
  public Set<Character> getTriggerCharacters() {
    return Set.of('*', '_', '~');
  }

  @Override
  public InlineContentParser create() {
    return state -> {
      Scanner scanner = state.scanner();
      int before = scanner.peekPreviousCodePoint();
      char delimiter = scanner.peek();
      int length = scanner.matchMultiple(delimiter);
      int after = scanner.peekCodePoint();
      return ParsedInline.of(run(delimiter, length, before, after), scanner.position());
    };
  }

  // The same flanking rules as commonmark's InlineParserImpl.scanDelimiters; the start or end of
  // the text (END)
  // counts as both whitespace and punctuation there, and so it does here.
  static Run run(char delimiter, int length, int before, int after) {
    boolean beforePunctuation = before == Scanner.END || Characters.isPunctuationCodePoint(before);
    boolean beforeWhitespace = before == Scanner.END || Characters.isWhitespaceCodePoint(before);
    boolean afterPunctuation = after == Scanner.END || Characters.isPunctuationCodePoint(after);
    boolean afterWhitespace = after == Scanner.END || Characters.isWhitespaceCodePoint(after);
    boolean leftFlanking =
        !afterWhitespace && (!afterPunctuation || beforeWhitespace || beforePunctuation);
    boolean rightFlanking =
        !beforeWhitespace && (!beforePunctuation || afterWhitespace || afterPunctuation);
    if (delimiter == '_') {
      return new Run(
          delimiter,
          length,
          leftFlanking && (!rightFlanking || beforePunctuation),
          rightFlanking && (!leftFlanking || afterPunctuation));
    }
    return new Run(delimiter, length, leftFlanking, rightFlanking);
  }

  /** A delimiter run in the inline tree, until {@link EmphasisResolver} turns it into emphasis or text. */
  static final class Run extends CustomNode {

    final char delimiter;
    final int length;
    final boolean canOpen;
    final boolean canClose;

    Run(char delimiter, int length, boolean canOpen, boolean canClose) {
      this.delimiter = delimiter;
      this.length = length;
      this.canOpen = canOpen;
      this.canClose = canClose;
    }

    String literal() {
      return String.valueOf(delimiter).repeat(length);
    }
  }
}
