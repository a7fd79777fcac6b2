package org.deliberation.core.markdown;

import java.util.ArrayDeque;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The prose of a parsed page, as a reader sees it once rendered: the text of its paragraphs, headings, list items,
 * quotes and table cells, one block per line.
 *
 * <p>What is left out, and why: code blocks are not prose (their words are not read as sentences); an image's
 * description is not shown on the page. A link counts by its text, never its address. A code span inside a sentence
 * stays, as the words a reader reads there. Walks with its own stack: the tree is already at most {@link
 * TreeDepthLimit#MAX_DEPTH} deep, but nothing here needs to rely on it.
 */
final class ProseText {

  private static final Object BLOCK_END = new Object();

  static String of(Node document) {
    var out = new StringBuilder();
    var pending = new ArrayDeque<Object>();
    pending.push(document);
    while (!pending.isEmpty()) {
      var item = pending.pop();
      if (item == BLOCK_END) {
        endLine(out);
        continue;
      }
      var node = (Node) item;
      switch (node) {
        case FencedCodeBlock code -> endLine(out);
        case IndentedCodeBlock code -> endLine(out);
        case Image image -> {
          // its description is an attribute, not text on the page
        }
        case Text text -> append(out, text.getLiteral());
        case Code code -> append(out, code.getLiteral());
        case SoftLineBreak soft -> out.append(' ');
        case HardLineBreak hard -> out.append(' ');
        default -> {
          if (node instanceof Block || node instanceof TableCell) {
            pending.push(BLOCK_END);
          }
          // children in order: the last one pushed first
          for (var child = node.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
          }
        }
      }
    }
    return out.toString().strip();
  }

  // A text node holds no line break of its own once parsed, but a literal could: lines are blocks
  // here.
  private static void append(StringBuilder out, String literal) {
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
  }

  private static void endLine(StringBuilder out) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private ProseText() {}
}
