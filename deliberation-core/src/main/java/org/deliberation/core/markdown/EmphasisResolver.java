package org.deliberation.core.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;

/**
 * Turns the {@link DelimiterRuns.Run delimiter runs} of one parsed block into emphasis, strong emphasis and
 * strikethrough, in time linear in the number of runs, nesting them at most {@link #MAX_NESTING} deep.
 *
 * <p>Design. This is CommonMark's "process emphasis" [1] with cmark's "openers bottom" [2], kept per class of
 * closer: its character, whether it can also open and its original length modulo 3 (for a tilde run, its length).
 * Whether an opener is refused depends on nothing else, so an opener refused once is never looked at again by a
 * closer of the same class; and a successful search removes every delimiter it passed. Each delimiter is therefore
 * passed at most once per class (15 classes) plus once more: linear. The matches are those commonmark-java 0.27's own
 * processors make (its rule of three, its one-or-two-tilde strikethrough), so the HTML does not change; only the
 * search is bounded, where commonmark-java keeps one bottom per character and does not move it after a refusal.
 *
 * <p>Depth. A match whose node would hold more than {@link #MAX_NESTING} levels of inline nodes is refused and its
 * delimiters stay text ({@code ****a****} at 30,000 stars renders 32 levels and shows the rest). Heights come from the
 * "segment" each delimiter keeps, the highest node between it and the next delimiter still in play, so the check never
 * walks the nodes themselves. A refusal also sets a floor below which no later closer looks: any match across it would
 * hold the same too-deep node.
 *
 * <p>Every walk here is a loop with its own stack, never a recursion.
 *
 * <p>[1] CommonMark Spec 0.31.2, appendix A, "Processing emphasis".
 * [2] cmark 0.31, inlines.c, {@code process_emphasis} and {@code openers_bottom}.
 */
final class EmphasisResolver {

  /** Levels of emphasis and strikethrough one node may contain; nobody writes a 33rd nested emphasis. */
  static final int MAX_NESTING = 32;

  // '*' and '_': 2 × 3 classes each (can also open, original length mod 3); '~': lengths 1, 2 and 3
  // or more.
  private static final int CLASSES = 15;

  private EmphasisResolver() {}

  /**
   * Resolves every run under {@code block}, which the inline parser has just filled, and merges adjacent text.
   *
   * @return the steps taken (nodes visited or moved, delimiters passed), for tests of its linearity
   */
  static long resolve(Node block) {
    var steps = new Steps();
    var heights = new IdentityHashMap<Node, Integer>();
    // Containers in pre-order; taken in reverse, each comes after everything inside it, so its
    // children's heights
    // are known when its own runs are resolved.
    var containers = new ArrayList<Node>();
    var pending = new ArrayDeque<Node>();
    pending.push(block);
    while (!pending.isEmpty()) {
      var node = pending.pop();
      steps.count++;
      if (node.getFirstChild() != null) {
        containers.add(node);
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
          pending.push(child);
        }
      }
    }
    for (int i = containers.size() - 1; i >= 0; i--) {
      var container = containers.get(i);
      resolveChildren(container, heights, steps);
      int height = 0;
      for (var child = container.getFirstChild(); child != null; child = child.getNext()) {
        height = Math.max(height, heights.getOrDefault(child, 0));
        steps.count++;
      }
      heights.put(container, height + 1);
    }
    mergeAdjacentText(block, steps);
    return steps.count;
  }

  private static void resolveChildren(Node container, Map<Node, Integer> heights, Steps steps) {
    Delimiter first = null;
    Delimiter last = null;
    int index = 0;
    for (var child = container.getFirstChild(); child != null; ) {
      var next = child.getNext();
      steps.count++;
      if (child instanceof DelimiterRuns.Run run) {
        var text = new Text(run.literal());
        run.insertBefore(text);
        run.unlink();
        var delimiter = new Delimiter(run, text, index++);
        if (last == null) {
          first = delimiter;
        } else {
          last.next = delimiter;
          delimiter.previous = last;
        }
        last = delimiter;
      } else if (last != null) {
        last.segment = Math.max(last.segment, heights.getOrDefault(child, 0));
      }
      child = next;
    }
    if (first != null) {
      process(first, heights, steps);
    }
  }

  private static void process(Delimiter first, Map<Node, Integer> heights, Steps steps) {
    var bottoms = new int[CLASSES];
    Arrays.fill(bottoms, -1);
    int floor = -1;
    var closer = first;
    while (closer != null) {
      steps.count++;
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      int bottom = Math.max(floor, bottoms[closer.closerClass()]);
      int between = 0;
      int used = 0;
      var opener = closer.previous;
      for (; opener != null && opener.index > bottom; opener = opener.previous) {
        steps.count++;
        if (opener.canOpen && opener.delimiter == closer.delimiter) {
          used = uses(opener, closer);
          if (used > 0) {
            break;
          }
        }
        between = Math.max(between, opener.segment);
      }
      int height = 0;
      if (opener != null && opener.index > bottom) {
        height = 1 + Math.max(between, opener.segment);
        if (height > MAX_NESTING) {
          floor = Math.max(floor, opener.index);
          opener = null;
        }
      } else {
        opener = null;
      }
      if (opener == null) {
        int cls = closer.closerClass();
        bottoms[cls] = Math.max(bottoms[cls], closer.previous == null ? -1 : closer.previous.index);
        var next = closer.next;
        if (!closer.canOpen) {
          closer.remove();
        }
        closer = next;
        continue;
      }
      closer = wrap(opener, closer, used, height, heights, steps);
    }
  }

  /** How many delimiters the pair uses, 0 when they cannot match: commonmark-java 0.27's processors' rules. */
  private static int uses(Delimiter opener, Delimiter closer) {
    if (closer.delimiter == '~') {
      return opener.length == closer.length && opener.length <= 2 ? opener.length : 0;
    }
    boolean ruleOfThree =
        (opener.canClose || closer.canOpen)
            && closer.originalLength % 3 != 0
            && (opener.originalLength + closer.originalLength) % 3 == 0;
    if (ruleOfThree) {
      return 0;
    }
    return opener.length >= 2 && closer.length >= 2 ? 2 : 1;
  }

  /** Wraps what lies between the two in a new node; returns the closer to look at next. */
  private static @Nullable Delimiter wrap(
      Delimiter opener,
      Delimiter closer,
      int used,
      int height,
      Map<Node, Integer> heights,
      Steps steps) {
    Node wrapper =
        switch (closer.delimiter) {
          case '~' -> new Strikethrough(used == 1 ? "~" : "~~");
          default ->
              used == 2
                  ? new StrongEmphasis(String.valueOf(closer.delimiter).repeat(2))
                  : new Emphasis(String.valueOf(closer.delimiter));
        };
    for (var node = opener.text.getNext(); node != closer.text; ) {
      var next = node.getNext();
      wrapper.appendChild(node);
      node = next;
      steps.count++;
    }
    opener.text.insertAfter(wrapper);
    heights.put(wrapper, height);
    // The delimiters in between are text now, inside the wrapper.
    opener.next = closer;
    closer.previous = opener;
    opener.segment = height;

    opener.length -= used;
    opener.text.setLiteral(opener.text.getLiteral().substring(0, opener.length));
    closer.length -= used;
    closer.text.setLiteral(closer.text.getLiteral().substring(used));
    if (opener.length == 0) {
      opener.text.unlink();
      opener.remove();
    }
    if (closer.length == 0) {
      var next = closer.next;
      closer.text.unlink();
      closer.remove();
      return next;
    }
    return closer;
  }

  private static void mergeAdjacentText(Node block, Steps steps) {
    var pending = new ArrayDeque<Node>();
    pending.push(block);
    while (!pending.isEmpty()) {
      var parent = pending.pop();
      var child = parent.getFirstChild();
      while (child != null) {
        var next = child.getNext();
        steps.count++;
        if (child instanceof Text text && next instanceof Text) {
          var merged = new StringBuilder(text.getLiteral());
          while (next instanceof Text following) {
            merged.append(following.getLiteral());
            steps.count++;
            var after = next.getNext();
            next.unlink();
            next = after;
          }
          text.setLiteral(merged.toString());
        } else if (child.getFirstChild() != null) {
          pending.push(child);
        }
        child = next;
      }
    }
  }

  private static final class Steps {

    long count;
  }

  /** A run on the delimiter stack, as in the spec's algorithm, with its text node and its segment's height. */
  private static final class Delimiter {

    final char delimiter;
    final int originalLength;
    final boolean canOpen;
    final boolean canClose;
    final Text text;
    final int index;
    int length;
    int segment;
    @Nullable Delimiter previous;
    @Nullable Delimiter next;

    Delimiter(DelimiterRuns.Run run, Text text, int index) {
      this.delimiter = run.delimiter;
      this.originalLength = run.length;
      this.length = run.length;
      this.canOpen = run.canOpen;
      this.canClose = run.canClose;
      this.text = text;
      this.index = index;
    }

    int closerClass() {
      return switch (delimiter) {
        case '*' -> (canOpen ? 3 : 0) + originalLength % 3;
        case '_' -> 6 + (canOpen ? 3 : 0) + originalLength % 3;
        default -> 12 + Math.min(length, 3) - 1;
      };
    }

    /** Takes this delimiter out of play; its text stays, and what followed it now follows the one before. */
    void remove() {
      if (previous != null) {
        previous.next = next;
        previous.segment = Math.max(previous.segment, segment);
      }
      if (next != null) {
        next.previous = previous;
      }
    }
  }
}
