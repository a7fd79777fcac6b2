package org.deliberation.core.markdown;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's inline parser, run on each block with its link openers and backtick runs bounded ({@link BracketLimit},
 * {@link CodeSpanLimit}), and followed by our linear emphasis resolution ({@link EmphasisResolver}) of the runs
 * {@link DelimiterRuns} kept from it.
 *
 * <p>It wraps {@code org.commonmark.internal.InlineParserImpl}, the parser commonmark itself uses when no factory is
 * set: commonmark offers no other way to see a block's inline text before it is parsed. The class is internal, so an
 * upgrade of commonmark may move it; {@code MarkdownRendererTest} would then fail to compile or to render.
 */
final class BoundedInlineParser implements InlineParser {

  static final InlineParserFactory FACTORY =
      context -> new BoundedInlineParser(new InlineParserImpl(context));

  private final InlineParser delegate;

  private BoundedInlineParser(InlineParser delegate) {
    this.delegate = delegate;
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    delegate.parse(CodeSpanLimit.apply(BracketLimit.apply(lines)), block);
    EmphasisResolver.resolve(block);
  }
}
