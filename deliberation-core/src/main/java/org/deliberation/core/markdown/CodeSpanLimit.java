package org.deliberation.core.markdown;

import java.util.HashMap;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Writes the backticks of one block as {@code &#96;}, which reads as the same character but opens no code span,
 * when commonmark's search for closing backticks could read more than {@link #MAX_READS_PER_CHARACTER} times the
 * block.
 *
 * <p>Why: for a run of backticks, commonmark-java 0.27 looks for the next run of the same length up to the end of the
 * block, and does it again for every run that has none; runs of 1, 2, 3... backticks make that O(n^1.5) (64 KB, about
 * 360 lengths, 11 million characters read).
 *
 * <p>The bound. Whatever commonmark reads from a run is at most the distance to the next run of the same length, or
 * to the end; summed over all runs, that is at most twice the block's length per distinct run length, so ordinary
 * text (runs of one to three backticks) stays under the threshold and is never touched. Past it, the block keeps its
 * backticks as text and loses its code spans: a page with more than eight lengths of backtick runs spread over one
 * paragraph is not an ordinary one.
 */
final class CodeSpanLimit {

  /** Characters commonmark may read, per character of the block, looking for closing backticks. */
  static final int MAX_READS_PER_CHARACTER = 16;

  private CodeSpanLimit() {}

  /** The block's lines, every backtick written as an entity if the bound would be broken; else the same object. */
  static SourceLines apply(SourceLines lines) {
    long length = 0;
    long reads = 0;
    // Scanning backwards: where the next run of each length starts, in offsets from the block's
    // start.
    var lineStarts = new long[lines.getLines().size()];
    for (int l = 0; l < lineStarts.length; l++) {
      lineStarts[l] = length;
      length += lines.getLines().get(l).getContent().length() + 1;
    }
    var nextRun = new HashMap<Integer, Long>();
    for (int l = lineStarts.length - 1; l >= 0; l--) {
      var content = lines.getLines().get(l).getContent();
      int end = content.length();
      while (end > 0) {
        if (content.charAt(end - 1) != '`') {
          end--;
          continue;
        }
        int start = end;
        while (start > 0 && content.charAt(start - 1) == '`') {
          start--;
        }
        long after = lineStarts[l] + end;
        Long next = nextRun.put(end - start, lineStarts[l] + start);
        reads += (next == null ? length : next) - after;
        end = start;
      }
    }
    if (reads <= MAX_READS_PER_CHARACTER * length) {
      return lines;
    }
    var replaced = SourceLines.empty();
    for (var line : lines.getLines()) {
      var content = line.getContent().toString();
      replaced.addLine(
          content.indexOf('`') < 0
              ? line
              : SourceLine.of(content.replace("`", "&#96;"), line.getSourceSpan()));
    }
    return replaced;
  }
}
