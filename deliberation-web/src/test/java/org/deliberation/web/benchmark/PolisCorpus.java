package org.deliberation.web.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;

/**
 * The real comments of the Pol.is conversations in {@code ../shared/data/polis} and their vocabulary, with each word's
 * frequency there, to write synthetic statements and queries that read like them.
 */
record PolisCorpus(List<String> real, List<String> words, int[] cumulative) {

  static PolisCorpus load() throws IOException {
    var real = new ArrayList<String>();
    for (var conversation : conversations()) {
      try (var reader = Files.newBufferedReader(conversation.resolve("comments.csv"));
          var parser =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .get()
                  .parse(reader)) {
        parser.forEach(record -> real.add(record.get("comment-body")));
      }
    }
    var counts = new java.util.LinkedHashMap<String, Integer>();
    for (var text : real) {
      for (var word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
        if (word.length() > 1) {
          counts.merge(word, 1, Integer::sum);
        }
      }
    }
    var words = new ArrayList<>(counts.keySet());
    var cumulative = new int[words.size()];
    int sum = 0;
    for (int i = 0; i < words.size(); i++) {
      sum += counts.get(words.get(i));
      cumulative[i] = sum;
    }
    return new PolisCorpus(real, words, cumulative);
  }

  String word(SplittableRandom random) {
    int draw = random.nextInt(cumulative[cumulative.length - 1]);
    int at = java.util.Arrays.binarySearch(cumulative, draw + 1);
    return words.get(at >= 0 ? at : -at - 1);
  }

  /** The {@code n}-th statement of a corpus of any size: the real comments first, then synthetic ones. */
  String statement(long n, SplittableRandom random) {
    return n < real.size() ? real.get((int) n) : sentence(random);
  }

  String sentence(SplittableRandom random) {
    var text = new StringBuilder();
    int length = 8 + random.nextInt(25);
    for (int w = 0; w < length; w++) {
      text.append(w == 0 ? "" : " ").append(word(random));
    }
    return text.append('.').toString();
  }

  /**
   * How many statements each participant of one conversation voted on (their last votes), in the order of the file:
   * the shape of real participation, to scale synthetic votes by.
   */
  static int[] voteCounts(String conversation) throws IOException {
    var statementsOf = new java.util.LinkedHashMap<String, java.util.Set<String>>();
    for (var folder : conversations()) {
      if (!folder.getFileName().toString().equals(conversation)) {
        continue;
      }
      try (var reader = Files.newBufferedReader(folder.resolve("votes.csv"));
          var parser =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .get()
                  .parse(reader)) {
        parser.forEach(
            record ->
                statementsOf
                    .computeIfAbsent(record.get("voter-id"), key -> new java.util.HashSet<>())
                    .add(record.get("comment-id")));
      }
    }
    return statementsOf.values().stream().mapToInt(java.util.Set::size).toArray();
  }

  private static List<Path> conversations() throws IOException {
    for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      var polis = dir.resolveSibling("shared").resolve("data").resolve("polis");
      if (Files.isDirectory(polis)) {
        try (var entries = Files.list(polis)) {
          return entries
              .filter(path -> Files.isRegularFile(path.resolve("comments.csv")))
              .sorted()
              .toList();
        }
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        false, "the Pol.is open data (../shared/data/polis) is not beside this clone: skipped");
    return List.of();
  }
}
