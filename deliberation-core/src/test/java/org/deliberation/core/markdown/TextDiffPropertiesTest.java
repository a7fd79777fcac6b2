package org.deliberation.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.testing.Property;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.Test;

/** Properties of line diffs and three-way merges, each checked on a few hundred seeded random texts. */
class TextDiffPropertiesTest {

  private record Pair(String from, String to) {}

  private record Triple(String base, String current, String yours) {}

  @Test
  void hunksTurnTheOldTextIntoTheNewOne() {
    Property.forAll(
        11,
        1_000,
        random -> {
          var from = TextGenerator.text(random, 60);
          return new Pair(
              from,
              random.nextBoolean()
                  ? TextGenerator.edit(random, from, 8)
                  : TextGenerator.text(random, 60));
        },
        pair ->
            assertThat(apply(lines(pair.from()), TextDiff.hunks(pair.from(), pair.to())))
                .isEqualTo(lines(pair.to())));
  }

  @Test
  void countsWhatTheHunksAddAndRemove() {
    Property.forAll(
        12,
        500,
        random -> {
          var from = TextGenerator.text(random, 60);
          return new Pair(from, TextGenerator.edit(random, from, 8));
        },
        pair -> {
          var lines =
              TextDiff.hunks(pair.from(), pair.to()).stream()
                  .flatMap(hunk -> hunk.lines().stream())
                  .toList();
          assertThat(TextDiff.count(pair.from(), pair.to()))
              .isEqualTo(
                  new TextDiff.LineCounts(
                      (int)
                          lines.stream().filter(line -> line.kind() == DiffLine.Kind.ADDED).count(),
                      (int)
                          lines.stream()
                              .filter(line -> line.kind() == DiffLine.Kind.REMOVED)
                              .count()));
        });
  }

  @Test
  void hunksOfLongTextsToo() {
    // Above BoundedDiff.HISTOGRAM_LINES, where the budgeted Myers diff takes over.
    Property.forAll(
        13,
        40,
        random -> {
          var from = TextGenerator.text(random, 6_000);
          return new Pair(from, TextGenerator.edit(random, from, 300));
        },
        pair ->
            assertThat(apply(lines(pair.from()), TextDiff.hunks(pair.from(), pair.to())))
                .isEqualTo(lines(pair.to())));
  }

  @Test
  void neverTakesMoreThanTheBudget() {
    var myers = new BoundedMyers(BoundedMyers.STEP_BUDGET);
    Property.forAll(
        14,
        30,
        random -> new Pair(TextGenerator.text(random, 32_000), TextGenerator.text(random, 32_000)),
        pair -> {
          var a = TextDiff.raw(pair.from());
          var b = TextDiff.raw(pair.to());
          var result = myers.search(RawTextComparator.DEFAULT, a, b);
          assertThat(result.steps())
              .isLessThanOrEqualTo(BoundedMyers.STEP_BUDGET + 4L * (a.size() + b.size()) + 16);
        });
  }

  @Test
  void takesStepsLinearInTheLengthForAFixedNumberOfChanges() {
    var myers = new BoundedMyers(BoundedMyers.STEP_BUDGET);
    Property.forAll(
        15,
        30,
        random -> {
          var from = TextGenerator.text(random, 8_000);
          return new Pair(from, TextGenerator.edit(random, from, 20));
        },
        pair -> {
          long once =
              myers
                  .search(
                      RawTextComparator.DEFAULT, TextDiff.raw(pair.from()), TextDiff.raw(pair.to()))
                  .steps();
          long twice =
              myers
                  .search(
                      RawTextComparator.DEFAULT,
                      TextDiff.raw(pair.from() + "\n" + pair.from()),
                      TextDiff.raw(pair.to() + "\n" + pair.to()))
                  .steps();
          assertThat(twice).isLessThanOrEqualTo(4 * once + 64);
        });
  }

  @Test
  void mergingTheSameEditOnBothSidesGivesThatEdit() {
    Property.forAll(
        16,
        1_000,
        random -> {
          var base = TextGenerator.text(random, 40);
          return new Pair(base, TextGenerator.edit(random, base, 6));
        },
        pair ->
            assertThat(ThreeWayMerge.merge(pair.from(), pair.to(), pair.to()))
                .isEqualTo(new MergeOutcome.Merged(pair.to())));
  }

  @Test
  void mergingAnEditOfTheNewestRevisionGivesThatEdit() {
    Property.forAll(
        17,
        1_000,
        random -> {
          var base = TextGenerator.text(random, 40);
          return new Pair(base, TextGenerator.edit(random, base, 6));
        },
        pair ->
            assertThat(ThreeWayMerge.merge(pair.from(), pair.from(), pair.to()))
                .isEqualTo(new MergeOutcome.Merged(pair.to())));
  }

  @Test
  void mergingAnEditThatChangedNothingGivesTheNewestRevision() {
    Property.forAll(
        18,
        1_000,
        random -> {
          var base = TextGenerator.text(random, 40);
          return new Pair(base, TextGenerator.edit(random, base, 6));
        },
        pair ->
            assertThat(ThreeWayMerge.merge(pair.from(), pair.to(), pair.from()))
                .isEqualTo(new MergeOutcome.Merged(pair.to())));
  }

  @Test
  void mergesEditsFarApartAndReportsConflictsWithTheLinesOfBothSides() {
    Property.forAll(
        19,
        500,
        random -> {
          var base = TextGenerator.text(random, 80);
          return new Triple(
              base, TextGenerator.edit(random, base, 3), TextGenerator.edit(random, base, 3));
        },
        triple -> {
          switch (ThreeWayMerge.merge(triple.base(), triple.current(), triple.yours())) {
            case MergeOutcome.Merged merged ->
                assertThat(lines(merged.text()))
                    .containsAll(
                        added(triple.base(), triple.current()).stream()
                            .filter(
                                line ->
                                    lines(triple.yours()).contains(line)
                                        || !lines(triple.base()).contains(line))
                            .toList());
            case MergeOutcome.Conflicted conflicted ->
                assertThat(conflicted.conflicts())
                    .allSatisfy(
                        hunk -> {
                          assertThat(lines(triple.current())).containsAll(hunk.current());
                          assertThat(lines(triple.yours())).containsAll(hunk.yours());
                          assertThat(lines(triple.base())).containsAll(hunk.base());
                        });
          }
        });
  }

  private static List<String> added(String from, String to) {
    return TextDiff.hunks(from, to).stream()
        .flatMap(hunk -> hunk.lines().stream())
        .filter(line -> line.kind() == DiffLine.Kind.ADDED)
        .map(DiffLine::text)
        .toList();
  }

  /** The lines of a text as JGit counts them: a final newline ends the last line and does not start another. */
  static List<String> lines(String text) {
    var raw = TextDiff.raw(text);
    var lines = new ArrayList<String>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      lines.add(raw.getString(i));
    }
    return lines;
  }

  /** Applies hunks, checking every context and removed line against the old text. */
  static List<String> apply(List<String> from, List<DiffHunk> hunks) {
    var result = new ArrayList<String>();
    int at = 0;
    for (var hunk : hunks) {
      int start = hunk.fromCount() == 0 ? hunk.fromLine() : hunk.fromLine() - 1;
      result.addAll(from.subList(at, start));
      at = start;
      for (var line : hunk.lines()) {
        switch (line.kind()) {
          case CONTEXT -> {
            assertThat(from.get(at)).isEqualTo(line.text());
            result.add(line.text());
            at++;
          }
          case REMOVED -> {
            assertThat(from.get(at)).isEqualTo(line.text());
            at++;
          }
          case ADDED -> result.add(line.text());
        }
      }
    }
    result.addAll(from.subList(at, from.size()));
    return result;
  }
}
