package org.deliberation.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  private static String lines(int from, int to) {
    var text = new StringBuilder();
    for (int i = from; i <= to; i++) {
      text.append("line ").append(i).append('\n');
    }
    return text.toString();
  }

  @Test
  void aChangeInTheMiddleHasThreeLinesOfContextEachSide() {
    var before = lines(1, 10);
    var after = before.replace("line 5\n", "line five\n");

    var hunks = TextDiff.hunks(before, after);

    assertThat(hunks).hasSize(1);
    assertThat(hunks.getFirst().header()).isEqualTo("@@ -2,7 +2,7 @@");
    assertThat(hunks.getFirst().lines())
        .extracting(DiffLine::kind)
        .containsExactly(
            DiffLine.Kind.CONTEXT,
            DiffLine.Kind.CONTEXT,
            DiffLine.Kind.CONTEXT,
            DiffLine.Kind.REMOVED,
            DiffLine.Kind.ADDED,
            DiffLine.Kind.CONTEXT,
            DiffLine.Kind.CONTEXT,
            DiffLine.Kind.CONTEXT);
  }

  @Test
  void anInsertionAtTheStartCountsFromLineOne() {
    var hunks = TextDiff.hunks(lines(1, 5), "line 0\n" + lines(1, 5));

    assertThat(hunks.getFirst().header()).isEqualTo("@@ -1,3 +1,4 @@");
  }

  @Test
  void aDeletionAtTheEnd() {
    var hunks = TextDiff.hunks(lines(1, 6), lines(1, 5));

    assertThat(hunks.getFirst().header()).isEqualTo("@@ -3,4 +3,3 @@");
    assertThat(hunks.getFirst().lines().getLast())
        .isEqualTo(new DiffLine(DiffLine.Kind.REMOVED, "line 6"));
  }

  @Test
  void farApartChangesAreTwoHunksAndCloseOnesOne() {
    var before = lines(1, 30);
    var far = before.replace("line 2\n", "line two\n").replace("line 25\n", "line twenty-five\n");
    var close = before.replace("line 10\n", "line ten\n").replace("line 15\n", "line fifteen\n");

    assertThat(TextDiff.hunks(before, far)).hasSize(2);
    assertThat(TextDiff.hunks(before, close)).hasSize(1);
  }

  @Test
  void identicalTextsHaveNoHunks() {
    assertThat(TextDiff.hunks(lines(1, 3), lines(1, 3))).isEmpty();
  }

  @Test
  void countsAddedAndRemovedLines() {
    assertThat(TextDiff.count(lines(1, 5), lines(1, 3) + "new\nnewer\nnewest\n"))
        .isEqualTo(new TextDiff.LineCounts(3, 2));
    assertThat(TextDiff.count("", lines(1, 4))).isEqualTo(new TextDiff.LineCounts(4, 0));
  }

  @Test
  void writesAUnifiedDiffAsDiffDoes() {
    assertThat(TextDiff.unified("a", "one\ntwo\nthree\n", "b", "one\n2\nthree\n"))
        .isEqualTo(
            String.join(
                "\n",
                List.of("--- a", "+++ b", "@@ -1,3 +1,3 @@", " one", "-two", "+2", " three", "")));
  }
}
