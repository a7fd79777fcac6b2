package org.deliberation.core.markdown;

import java.util.ArrayDeque;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Replaces every node deeper than {@link #MAX_DEPTH} in the parsed document by its text, before anything else walks
 * the tree.
 *
 * <p>Why: commonmark's post-processors (autolinks) and its HTML renderer recurse once per level. Quotes and lists are
 * capped at {@link ContainerDepthLimit#MAX_NESTING}, emphasis at {@link EmphasisResolver#MAX_NESTING} and open links
 * at {@link BracketLimit#MAX_OPEN}, but links and images inside emphasis inside lists still add up; this cap is the
 * one that bounds the stack whatever the mix. It runs first among the post-processors and walks with its own stack.
 */
final class TreeDepthLimit implements PostProcessor {

  /** Levels below the document; about eight stack frames each when rendered, a few kilobytes in all. */
  static final int MAX_DEPTH = 128;

  @Override
  public Node process(Node document) {
    var nodes = new ArrayDeque<Node>();
    var depths = new ArrayDeque<Integer>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      var node = nodes.pop();
      int depth = depths.pop();
      for (var child = node.getFirstChild(); child != null; ) {
        var next = child.getNext();
        if (depth + 1 >= MAX_DEPTH && child.getFirstChild() != null) {
          flatten(child);
        } else {
          nodes.push(child);
          depths.push(depth + 1);
        }
        child = next;
      }
    }
    return document;
  }

  private static void flatten(Node node) {
    var text = new Text(text(node));
    if (node instanceof Block) {
      var paragraph = new Paragraph();
      paragraph.appendChild(text);
      node.insertBefore(paragraph);
    } else {
      node.insertBefore(text);
    }
    node.unlink();
  }

  /** The text of a subtree in document order, line breaks as spaces. */
  static String text(Node root) {
    var text = new StringBuilder();
    var pending = new ArrayDeque<Node>();
    pending.push(root);
    while (!pending.isEmpty()) {
      var node = pending.pop();
      switch (node) {
        case Text t -> text.append(t.getLiteral());
        case Code code -> text.append(code.getLiteral());
        case SoftLineBreak soft -> text.append(' ');
        case HardLineBreak hard -> text.append(' ');
        default -> {
          for (var child = node.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
          }
        }
      }
    }
    return text.toString();
  }
}
