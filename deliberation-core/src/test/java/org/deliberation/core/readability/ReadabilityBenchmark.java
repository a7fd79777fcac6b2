package org.deliberation.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.synthesis.PolisData;
import org.junit.jupiter.api.Test;

/**
 * Every revision of a 64 KB page scored, against a baseline in the same run: rendering the same revisions to HTML,
 * which a page view does anyway. The page is made of the real statements of Pol.is's biodiversity conversation
 * ({@code ../shared/data/polis}; skipped without it), as paragraphs under a heading every ten, a list every seventh,
 * until 64 KB of UTF-8; its history is {@link #REVISIONS} revisions, each changing one paragraph. Scoring is what
 * the server runs for a revision: the rendered prose ({@link MarkdownRenderer#prose}) and the scorer.
 *
 * <p>A benchmark, not a test: {@code mvn -B -Pbenchmarks -pl deliberation-core -Dit.test=ReadabilityBenchmark
 * verify}; lines go to {@code target/benchmarks/results.md}.
 */
class ReadabilityBenchmark {

  private static final int PAGE_BYTES = 64 * 1024;
  private static final int REVISIONS = 50;
  private static final int ROUNDS = 7;
  private static final Path FILE = Path.of("target", "benchmarks", "results.md");

  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final ReadabilityScorer scorer = new ReadabilityScorer(renderer);

  @Test
  void scoresEveryRevisionOfA64KbPage() {
    var revisions = history(page(comments()));
    line(
        "## Readability of every revision of a 64 KB page ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + Runtime.version()
            + ", "
            + revisions.size()
            + " revisions of "
            + revisions.getFirst().getBytes(StandardCharsets.UTF_8).length
            + " bytes)");
    line("| what | per revision |");
    line("|---|---|");
    double render = measure("baseline: rendering to HTML", revisions, renderer::render);
    double english =
        measure(
            "render to prose + score, English (Flesch, Flesch–Kincaid)",
            revisions,
            text -> scorer.ofMarkdown(text, Formula.FLESCH));
    double french =
        measure(
            "render to prose + score, the same text as French (Kandel–Moles)",
            revisions,
            text -> scorer.ofMarkdown(text, Formula.KANDEL_MOLES));
    var prose = revisions.stream().map(renderer::prose).toList();
    double scoreOnly =
        measure(
            "score alone, on the prose",
            prose,
            text -> ReadabilityScorer.score(text, Formula.FLESCH));
    line(
        String.format(
            Locale.ROOT,
            "| English ÷ rendering, median | %.2f |%n| French ÷ rendering, median | %.2f |%n"
                + "| score alone ÷ rendering, median | %.2f |",
            english / render,
            french / render,
            scoreOnly / render));
    var result = scorer.ofMarkdown(revisions.getLast(), Formula.FLESCH);
    line(
        String.format(
            Locale.ROOT,
            "| the last revision | score %.1f (%s), grade %.1f, %,d words, %,d sentences |",
            result.score(),
            result.level(),
            result.grade(),
            result.words(),
            result.sentences()));
    assertThat(result.hardSentences()).isNotEmpty();
  }

  /** The median over the rounds of the time per revision, in milliseconds. */
  private static double measure(String label, List<String> texts, Function<String, Object> work) {
    texts.forEach(work::apply); // warm-up, as a running server has long done
    var times = new long[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (var text : texts) {
        work.apply(text);
      }
      times[round] = System.nanoTime() - t0;
    }
    Arrays.sort(times);
    double median = times[ROUNDS / 2] / 1e6 / texts.size();
    line(
        String.format(
            Locale.ROOT,
            "| %s | median %.2f ms (min %.2f, max %.2f; %d rounds of %d) |",
            label,
            median,
            times[0] / 1e6 / texts.size(),
            times[ROUNDS - 1] / 1e6 / texts.size(),
            ROUNDS,
            texts.size()));
    return median;
  }

  private static List<String> comments() {
    var file = PolisData.folder("scoop-hivemind.biodiversity").resolve("comments.csv");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var texts = new ArrayList<String>();
      for (var record :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        texts.add(record.get("comment-body").strip());
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements as a page of at most 64 KB, cycling through them until it is full. */
  private static String page(List<String> comments) {
    var page = new StringBuilder("# Biodiversity: what participants said\n\n");
    int bytes = page.length();
    for (int i = 0; ; i++) {
      var comment = comments.get(i % comments.size());
      var block =
          (i % 10 == 0 ? "## Part " + (i / 10 + 1) + "\n\n" : "")
              + (i % 7 == 0 ? "- " : "")
              + comment
              + "\n\n";
      int size = block.getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > PAGE_BYTES) {
        return page.toString();
      }
      page.append(block);
      bytes += size;
    }
  }

  /** The page, then revisions that each rewrite one paragraph (its words reversed), the page staying 64 KB. */
  private static List<String> history(String page) {
    var revisions = new ArrayList<String>(REVISIONS);
    var paragraphs = new ArrayList<>(List.of(page.split("\n\n")));
    revisions.add(page);
    for (int r = 1; r < REVISIONS; r++) {
      int at = 1 + (r * 37) % (paragraphs.size() - 1);
      var words = Arrays.asList(paragraphs.get(at).split(" "));
      java.util.Collections.reverse(words);
      paragraphs.set(at, String.join(" ", words));
      revisions.add(String.join("\n\n", paragraphs) + "\n");
    }
    return revisions;
  }

  private static void line(String text) {
    System.out.println(text);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(
          FILE,
          text + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
