package org.deliberation.core.markdown;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.jspecify.annotations.Nullable;

/**
 * Lets block quotes and list items nest {@link #MAX_NESTING} deep at most; a line that would open one more shows as a
 * paragraph of text ({@code >>>> deep}).
 *
 * <p>Why: commonmark keeps one open block per level and walks them all for every line, and its renderer recurses once
 * per level, so 64 KB of {@code >} overflowed the stack and 1,000 levels of indented list items made each blank line
 * cost 1,000 steps. Custom block parser factories are asked before commonmark's own, and the parser state tells the
 * real depth, indentation included, which no pre-scan of the text could.
 */
final class ContainerDepthLimit implements BlockParserFactory {

  /** Levels of quotes and list items; nobody writes a 33rd nested quote. */
  static final int MAX_NESTING = 32;

  @Override
  public @Nullable BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
    if (state.getIndent() >= 4
        || !opensContainer(state.getLine().getContent(), state.getNextNonSpaceIndex())) {
      return BlockStart.none();
    }
    if (depth(matchedBlockParser.getMatchedBlockParser().getBlock()) < MAX_NESTING) {
      return BlockStart.none();
    }
    return BlockStart.of(new LiteralLine()).atIndex(state.getNextNonSpaceIndex());
  }

  // Quote and list markers as CommonMark reads them; a thematic break such as "- - -" looks like
  // one too, and
  // becomes text only this deep.
  static boolean opensContainer(CharSequence line, int at) {
    if (at >= line.length()) {
      return false;
    }
    char c = line.charAt(at);
    if (c == '>') {
      return true;
    }
    int end = at;
    if (c == '-' || c == '+' || c == '*') {
      end = at + 1;
    } else {
      while (end < line.length()
          && end - at < 9
          && Character.isDigit(line.charAt(end))
          && line.charAt(end) < 128) {
        end++;
      }
      if (end == at
          || end >= line.length()
          || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
        return false;
      }
      end++;
    }
    return end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t';
  }

  // At most MAX_NESTING + 1 steps: no deeper container is ever opened.
  private static int depth(@Nullable Block block) {
    int depth = 0;
    for (var node = block; node != null; node = node.getParent()) {
      if (node instanceof BlockQuote || node instanceof ListItem) {
        depth++;
      }
    }
    return depth;
  }

  /** One line of text where a container would have opened. */
  private static final class LiteralLine extends AbstractBlockParser {

    private final Paragraph paragraph = new Paragraph();
    private @Nullable SourceLine line;

    @Override
    public Block getBlock() {
      return paragraph;
    }

    @Override
    public @Nullable BlockContinue tryContinue(ParserState state) {
      return BlockContinue.none();
    }

    @Override
    public void addLine(SourceLine line) {
      this.line = line;
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
      if (line != null) {
        inlineParser.parse(SourceLines.of(line), paragraph);
      }
    }
  }
}
