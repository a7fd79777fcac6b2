package org.deliberation.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

  private static final String BASE = "a\nb\nc\nd\ne\nf\ng\n";

  @Test
  void mergesChangesToDifferentLines() {
    assertThat(ThreeWayMerge.merge(BASE, BASE.replace("a\n", "A\n"), BASE.replace("g\n", "G\n")))
        .isEqualTo(new MergeOutcome.Merged("A\nb\nc\nd\ne\nf\nG\n"));
  }

  @Test
  void theSameChangeOnBothSidesIsNoConflict() {
    var changed = BASE.replace("d\n", "D\n");

    assertThat(ThreeWayMerge.merge(BASE, changed, changed))
        .isEqualTo(new MergeOutcome.Merged(changed));
  }

  @Test
  void keepsTheEditsMissingFinalNewline() {
    var base = "a\nb\nc\nd\ne";
    assertThat(ThreeWayMerge.merge(base, "A\nb\nc\nd\ne", "a\nb\nc\nd\nE"))
        .isEqualTo(new MergeOutcome.Merged("A\nb\nc\nd\nE"));
  }

  @Test
  void reportsOverlappingChangesWithTheirLines() {
    var outcome =
        ThreeWayMerge.merge(BASE, BASE.replace("c\n", "current\n"), BASE.replace("c\n", "yours\n"));

    assertThat(outcome)
        .isEqualTo(
            new MergeOutcome.Conflicted(
                List.of(new ConflictHunk(3, List.of("c"), List.of("current"), List.of("yours")))));
  }

  @Test
  void reportsEveryConflictingPlace() {
    var current = BASE.replace("a\n", "a1\n").replace("g\n", "g1\n");
    var yours = BASE.replace("a\n", "a2\n").replace("g\n", "g2\n");

    var outcome = (MergeOutcome.Conflicted) ThreeWayMerge.merge(BASE, current, yours);

    assertThat(outcome.conflicts()).extracting(ConflictHunk::line).containsExactly(1, 7);
  }

  @Test
  void reportsAConflictWhereBothSidesAddedToAnEmptyPage() {
    // Jazzer's finding: JGit returned a base range ending before it began, and the merge threw.
    assertThat(ThreeWayMerge.merge("", "a\n", "a\na\n"))
        .isEqualTo(
            new MergeOutcome.Conflicted(
                List.of(new ConflictHunk(1, List.of(), List.of(), List.of("a")))));
  }

  @Test
  void mergesEditsOfALongPageLineByLine() {
    var base = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      base.append("line ").append(i).append('\n');
    }
    var page = base.toString();

    var outcome =
        ThreeWayMerge.merge(
            page, page.replace("line 10\n", "ten\n"), page.replace("line 4990\n", "end\n"));

    assertThat(outcome)
        .isEqualTo(
            new MergeOutcome.Merged(
                page.replace("line 10\n", "ten\n").replace("line 4990\n", "end\n")));
  }

  @Test
  void takesTheOtherSideWhenOneDidNotChange() {
    assertThat(ThreeWayMerge.merge("", "", "filled\n"))
        .isEqualTo(new MergeOutcome.Merged("filled\n"));
    assertThat(ThreeWayMerge.merge("a\n", "b\n", "a\n")).isEqualTo(new MergeOutcome.Merged("b\n"));
  }
}
