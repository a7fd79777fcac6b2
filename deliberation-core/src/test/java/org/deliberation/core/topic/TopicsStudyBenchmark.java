package org.deliberation.core.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.deliberation.core.project.Language;
import org.deliberation.core.synthesis.PolisData;
import org.deliberation.core.synthesis.SynthesisEngine;
import org.deliberation.core.synthesis.SynthesisSettings;
import org.junit.jupiter.api.Test;

/**
 * The topics of the five Pol.is conversations (every statement as posted, hidden ones included), with two measures
 * of their quality that do not depend on anyone's opinion:
 *
 * <ul>
 *   <li><b>near-copies</b>: pairs of statements whose sets of words (lower case, letters and digits, stop words
 *       included) have a Jaccard index of at least {@link #NEAR_COPY}; the share of them that share a topic, against
 *       the same share over all pairs (what chance would give);
 *   <li><b>stability</b>: 10 % of the statements removed at random ({@link #SEEDS} seeds), the topics recomputed with
 *       the full run as the previous generation: the share of the full run's topics keeping their id, and the mean
 *       Jaccard index of a kept topic's statements before (less the removed ones) and after; and the same without
 *       {@link TopicRevival} (Lingo alone), to show what it buys.
 * </ul>
 *
 * <p>And the agreement level of each topic, from the synthesis of the conversation's real votes. A study, not a test:
 * it runs with the benchmarks ({@code mvn -B -Pbenchmarks -pl deliberation-core verify}); lines go to
 * {@code target/benchmarks/results.md}.
 */
class TopicsStudyBenchmark {

  static final double NEAR_COPY = 0.6;
  static final int SEEDS = 5;
  private static final Path FILE = Path.of("target", "benchmarks", "results.md");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Test
  void topicsOfThePolisConversations() {
    line("## Topics of the Pol.is conversations");
    line(
        "| conversation | statements | topics | size min / median / max | topics per statement "
            + "| near-copy pairs in one topic (all pairs) | ids kept, 10 % removed | Jaccard of kept "
            + "| the same, Lingo alone | agreement high / mixed / low / unknown |");
    line("|---|---|---|---|---|---|---|---|---|---|");
    for (var conversation : PolisData.CONVERSATIONS) {
      var statements = PolisTopicsTest.statements(conversation);
      var full = Topics.next(TopicGeneration.NONE, statements, Language.en);
      TopicsTest.assertCovered(full, statements);
      var sizes =
          full.topics().stream().mapToInt(topic -> topic.statements().size()).sorted().toArray();
      double perStatement = (double) java.util.Arrays.stream(sizes).sum() / statements.size();
      var stability = stability(full, statements, true);
      var lingoAlone = stability(full, statements, false);
      line(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d / %d / %d | %.2f | %s | %.0f %% | %.2f | %.0f %%, %.2f | %s |",
              conversation,
              statements.size(),
              sizes.length,
              sizes[0],
              sizes[sizes.length / 2],
              sizes[sizes.length - 1],
              perStatement,
              nearCopies(full, statements),
              100 * stability[0],
              stability[1],
              100 * lingoAlone[0],
              lingoAlone[1],
              agreement(conversation, full)));
    }
    line("");
    line("As statements arrive (from the first 30, recomputed every 10 more, in posting order):");
    line("");
    line(
        "| conversation | recomputations | topics at the end (fresh run) | ids given "
            + "| topics keeping their id per step |");
    line("|---|---|---|---|---|");
    for (var conversation : PolisData.CONVERSATIONS) {
      line(growing(conversation));
    }
    var biodiversity = PolisTopicsTest.statements("scoop-hivemind.biodiversity");
    var topics = Topics.next(TopicGeneration.NONE, biodiversity, Language.en);
    line("");
    line("Topics of scoop-hivemind.biodiversity (id, label, statements):");
    line("");
    for (var topic : topics.topics()) {
      line("- " + topic.id() + " *" + topic.label() + "* (" + topic.statements().size() + ")");
    }
    line("");
  }

  private static String growing(String conversation) {
    var statements = PolisTopicsTest.statements(conversation);
    var generation = TopicGeneration.NONE;
    int steps = 0;
    double keptShare = 0;
    for (int n = Math.min(30, statements.size()); ; n = Math.min(n + 10, statements.size())) {
      var next = Topics.next(generation, statements.subList(0, n), Language.en);
      if (!generation.topics().isEmpty()) {
        var ids = TopicsTest.ids(next);
        keptShare +=
            (double) generation.topics().stream().filter(t -> ids.contains(t.id())).count()
                / generation.topics().size();
        steps++;
      }
      generation = next;
      if (n == statements.size()) {
        break;
      }
    }
    int fresh = Topics.next(TopicGeneration.NONE, statements, Language.en).topics().size();
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d (%d) | %d | %.0f %% |",
        conversation,
        generation.generation(),
        generation.topics().size(),
        fresh,
        generation.nextNumber() - 1,
        steps == 0 ? 100 : 100 * keptShare / steps);
  }

  private static String nearCopies(TopicGeneration generation, List<TopicInput> statements) {
    var words = statements.stream().map(TopicsStudyBenchmark::words).toList();
    var topicsOf = new HashMap<String, Set<String>>();
    for (var topic : generation.topics()) {
      topic
          .statements()
          .forEach(s -> topicsOf.computeIfAbsent(s, x -> new HashSet<>()).add(topic.id()));
    }
    long pairs = 0;
    long together = 0;
    long all = 0;
    long allTogether = 0;
    for (int i = 0; i < statements.size(); i++) {
      for (int j = i + 1; j < statements.size(); j++) {
        boolean shared =
            !java.util.Collections.disjoint(
                topicsOf.get(statements.get(i).statement()),
                topicsOf.get(statements.get(j).statement()));
        all++;
        allTogether += shared ? 1 : 0;
        if (jaccard(words.get(i), words.get(j)) >= NEAR_COPY) {
          pairs++;
          together += shared ? 1 : 0;
        }
      }
    }
    return String.format(
        Locale.ROOT,
        "%d of %d, %.0f %% (%.0f %%)",
        together,
        pairs,
        pairs == 0 ? 0 : 100.0 * together / pairs,
        100.0 * allTogether / all);
  }

  /** {share of ids kept, mean Jaccard of kept topics}, over the seeds. */
  private static double[] stability(
      TopicGeneration full, List<TopicInput> statements, boolean revive) {
    double kept = 0;
    double jaccard = 0;
    int matched = 0;
    for (int seed = 1; seed <= SEEDS; seed++) {
      var random = new SplittableRandom(seed);
      var removed = new HashSet<String>();
      var order = new ArrayList<>(statements);
      java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
      order.subList(0, statements.size() / 10).forEach(s -> removed.add(s.statement()));
      var rest = statements.stream().filter(s -> !removed.contains(s.statement())).toList();
      var next = Topics.next(full, rest, Language.en, Topics.MAX_CLUSTERED, revive);
      var byId = new HashMap<String, Topic>();
      next.topics().forEach(topic -> byId.put(topic.id(), topic));
      for (var topic : full.topics()) {
        var after = byId.get(topic.id());
        if (after != null) {
          kept++;
          var before = new HashSet<>(topic.statements());
          before.removeAll(removed);
          jaccard += jaccard(before, new HashSet<>(after.statements()));
          matched++;
        }
      }
    }
    return new double[] {
      kept / (SEEDS * full.topics().size()), matched == 0 ? 0 : jaccard / matched
    };
  }

  private static String agreement(String conversation, TopicGeneration generation) {
    var synthesis =
        new SynthesisEngine(SynthesisSettings.DEFAULTS)
            .compute(PolisData.replay(conversation).snapshot());
    var levels = new EnumMap<Agreement, Integer>(Agreement.class);
    int unknown = 0;
    for (var topic : generation.topics()) {
      var level = TopicSynthesis.of(topic, synthesis).agreement();
      if (level == null) {
        unknown++;
      } else {
        levels.merge(level, 1, Integer::sum);
      }
    }
    return levels.getOrDefault(Agreement.high, 0)
        + " / "
        + levels.getOrDefault(Agreement.mixed, 0)
        + " / "
        + levels.getOrDefault(Agreement.low, 0)
        + " / "
        + unknown;
  }

  static Set<String> words(TopicInput input) {
    var words = new HashSet<String>();
    var matcher = WORD.matcher(input.text().toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  static <T> double jaccard(Set<T> a, Set<T> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    long both = a.stream().filter(b::contains).count();
    return (double) both / (a.size() + b.size() - both);
  }

  static void line(String text) {
    System.out.println(text);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(
          FILE,
          text + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
