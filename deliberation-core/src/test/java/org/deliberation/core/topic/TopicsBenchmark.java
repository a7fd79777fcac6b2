package org.deliberation.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.deliberation.core.project.Language;
import org.deliberation.core.synthesis.PolisData;
import org.junit.jupiter.api.Test;

/**
 * Topics for 1,000 statements: the real comments of the five Pol.is conversations (650), then the same again under
 * new ids until there are enough. Baselines in the same run: the same statements only tokenized and stemmed (what any
 * text analysis costs), and 500 statements (the ratio at 2n over n). Then 2,000 and 4,000 statements, where only the
 * last 1,000 are clustered and the rest join their nearest topic, and a recomputation with the 1,000's generation as
 * previous (the revival of its subjects included).
 *
 * <p>A benchmark, not a test: {@code mvn -B -Pbenchmarks -pl deliberation-core verify}; lines go to
 * {@code target/benchmarks/results.md}.
 */
class TopicsBenchmark {

  private static final int ROUNDS = 5;

  @Test
  void topicsForAThousandStatements() {
    TopicsStudyBenchmark.line(
        "## Topics ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + (Runtime.getRuntime().maxMemory() >> 20)
            + " MiB max heap, Java "
            + Runtime.version()
            + ")");
    TopicsStudyBenchmark.line(
        "| what | median time (min, max; 5 rounds after a warm-up) | topics (terms for the baseline) |");
    TopicsStudyBenchmark.line("|---|---|---|");
    var pool = new ArrayList<TopicInput>();
    for (var conversation : PolisData.CONVERSATIONS) {
      pool.addAll(PolisTopicsTest.statements(conversation));
    }
    var thousand = statements(pool, 1_000);
    double tokens =
        measure(
            "baseline: tokenizing and stemming the 1,000 statements",
            () -> {
              var terms = new TopicTerms(Language.en);
              thousand.forEach(s -> terms.termSet(LingoTopics.clean(s.text())));
              return terms.count();
            });
    double half =
        measure(
            "500 statements",
            () ->
                Topics.next(TopicGeneration.NONE, statements(pool, 500), Language.en)
                    .topics()
                    .size());
    double full =
        measure(
            "1,000 statements",
            () -> Topics.next(TopicGeneration.NONE, thousand, Language.en).topics().size());
    var previous = Topics.next(TopicGeneration.NONE, thousand, Language.en);
    var grown = statements(pool, 1_100);
    measure(
        "1,100 statements, the 1,000's topics as previous",
        () -> Topics.next(previous, grown, Language.en).topics().size());
    measure(
        "2,000 statements (the last 1,000 clustered)",
        () ->
            Topics.next(TopicGeneration.NONE, statements(pool, 2_000), Language.en)
                .topics()
                .size());
    measure(
        "4,000 statements (the last 1,000 clustered)",
        () ->
            Topics.next(TopicGeneration.NONE, statements(pool, 4_000), Language.en)
                .topics()
                .size());
    TopicsStudyBenchmark.line(
        String.format(
            Locale.ROOT,
            "| 1,000 ÷ 500 statements; 1,000 statements ÷ tokenizing them | %.2f; %.1f | |",
            full / half,
            full / tokens));
    TopicsStudyBenchmark.line("");
    assertThat(full).isLessThan(2_000);
  }

  private static List<TopicInput> statements(List<TopicInput> pool, int count) {
    var statements = new ArrayList<TopicInput>(count);
    for (int i = 0; i < count; i++) {
      statements.add(new TopicInput("s" + i, pool.get(i % pool.size()).text()));
    }
    return statements;
  }

  /** The median time in milliseconds. */
  private static double measure(String label, Supplier<Integer> work) {
    int result = work.get();
    var times = new long[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      result = work.get();
      times[round] = System.nanoTime() - t0;
    }
    Arrays.sort(times);
    double median = times[ROUNDS / 2] / 1e6;
    TopicsStudyBenchmark.line(
        String.format(
            Locale.ROOT,
            "| %s | %.0f ms (%.0f, %.0f) | %d |",
            label,
            median,
            times[0] / 1e6,
            times[ROUNDS - 1] / 1e6,
            result));
    return median;
  }
}
