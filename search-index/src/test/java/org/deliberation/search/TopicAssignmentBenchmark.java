package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.deliberation.core.topic.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a generation of topics costs the index: one project of 1,000 statements among {@code PROJECTS} such projects,
 * 20 topics of 50 to 150 statements, a statement in one to three of them. The baseline, in the same run, is indexing
 * that project's 1,000 statements. Measured: the first generation (every statement rewritten), the same generation
 * again (none), and a generation that moves 10 statements (10), each applied then made searchable.
 *
 * <p>A benchmark, not a test: {@code mvn -B -Pbenchmarks -pl search-index -am verify} runs it alone; lines go to
 * {@code target/benchmarks/results.md}.
 */
class TopicAssignmentBenchmark {

  private static final int PROJECTS = 20;
  private static final int STATEMENTS = 1_000;
  private static final int TOPICS = 20;
  private static final int ROUNDS = 5;
  private static final Path FILE = Path.of("target", "benchmarks", "results.md");
  private static final String[] WORDS =
      "bus lane school hall river park budget tax bridge town council market library pool tram night light tree"
          .split(" ");

  @TempDir Path folder;

  @Test
  void appliesAGenerationOfAThousandStatements() throws IOException {
    line(
        "## Topics in the search index ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + Runtime.version()
            + ")");
    line("| what | median of " + ROUNDS + " | rewrites |");
    line("|---|---|---|");
    var random = new SplittableRandom(7);
    try (var index = SearchIndex.open(folder)) {
      for (int p = 1; p < PROJECTS; p++) {
        load(index, "other" + p, random);
      }
      index.commit("1");
      var baseline = new ArrayList<Double>();
      var first = new ArrayList<Double>();
      var again = new ArrayList<Double>();
      var moved = new ArrayList<Double>();
      for (int round = 0; round < ROUNDS; round++) {
        var project = "p" + round;
        baseline.add(timed(() -> load(index, project, random)));
        var generation = generation(project, 1, random);
        long before = index.topicRewrites();
        first.add(timed(() -> applySearchable(index, generation)));
        assertThat(index.topicRewrites() - before).isEqualTo(STATEMENTS);
        before = index.topicRewrites();
        again.add(timed(() -> applySearchable(index, generation)));
        assertThat(index.topicRewrites() - before).isZero();
        var next = moveTen(generation);
        before = index.topicRewrites();
        moved.add(timed(() -> applySearchable(index, next)));
        assertThat(index.topicRewrites() - before).isEqualTo(10);
        index.commit(String.valueOf(round + 2));
      }
      row("indexing the project's 1,000 statements (baseline)", baseline, "");
      row("first generation", first, "1,000");
      row("the same generation again", again, "0");
      row("a generation that moves 10 statements", moved, "10");
      line(
          String.format(
              Locale.ROOT,
              "| **first generation ÷ indexing** | **%.2f** | (index: %,d statements) |",
              median(first) / median(baseline),
              PROJECTS * STATEMENTS));
    }
  }

  private interface Work {
    void run() throws IOException;
  }

  /** Milliseconds from the work's start to a search that shows it. */
  private static double timed(Work work) throws IOException {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  /** Applies, then searches, so that the reopen the change needs is counted with it. */
  private static void applySearchable(SearchIndex index, Object event) throws IOException {
    index.apply(IndexMapping.changesFor(event));
    index.search(SearchQuery.of("bus"));
  }

  private static void load(SearchIndex index, String project, SplittableRandom random)
      throws IOException {
    var batch = new ArrayList<IndexChange>();
    for (int s = 0; s < STATEMENTS; s++) {
      var text = new StringBuilder("Statement " + s);
      for (int w = 0; w < 12; w++) {
        text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      batch.addAll(
          IndexMapping.changesFor(Events.statement(project, project + "-s" + s, text.toString())));
      if (batch.size() == 100) {
        index.apply(batch);
        batch.clear();
      }
    }
    index.apply(batch);
    index.search(SearchQuery.of("bus"));
  }

  private static org.deliberation.core.topic.event.TopicsRecorded generation(
      String project, int number, SplittableRandom random) {
    var members = new ArrayList<List<String>>();
    for (int t = 0; t < TOPICS; t++) {
      members.add(new ArrayList<>());
    }
    for (int s = 0; s < STATEMENTS; s++) {
      int topics = 1 + random.nextInt(3);
      for (int k = 0; k < topics; k++) {
        var topic = members.get(random.nextInt(TOPICS));
        var id = project + "-s" + s;
        if (!topic.contains(id)) {
          topic.add(id);
        }
      }
    }
    var topics = new ArrayList<Topic>();
    for (int t = 0; t < TOPICS; t++) {
      topics.add(new Topic("t" + (t + 1), "label " + (t + 1), members.get(t)));
    }
    return Events.topics(project, number, topics.toArray(Topic[]::new));
  }

  /** The next generation: ten statements of the first topic move to a topic of their own. */
  private static org.deliberation.core.topic.event.TopicsRecorded moveTen(
      org.deliberation.core.topic.event.TopicsRecorded previous) {
    var topics = new ArrayList<>(previous.topics());
    var firstTopic = topics.getFirst();
    var movedOut = new ArrayList<String>();
    var kept = new ArrayList<String>();
    for (var statement : firstTopic.statements()) {
      boolean onlyHere =
          topics.stream().skip(1).noneMatch(topic -> topic.statements().contains(statement));
      if (onlyHere && movedOut.size() < 10) {
        movedOut.add(statement);
      } else {
        kept.add(statement);
      }
    }
    topics.set(0, new Topic(firstTopic.id(), firstTopic.label(), kept));
    topics.add(new Topic("t" + (TOPICS + 1), "moved", movedOut));
    return Events.topics(
        previous.projectId().value(), previous.generation() + 1, topics.toArray(Topic[]::new));
  }

  private static double median(List<Double> values) {
    var sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static void row(String what, List<Double> millis, String rewrites) {
    line(String.format(Locale.ROOT, "| %s | %.1f ms | %s |", what, median(millis), rewrites));
  }

  private static void line(String text) {
    System.out.println(text);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
