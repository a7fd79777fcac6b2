package org.deliberation.core.topic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import org.deliberation.core.project.Language;

/**
 * Recomputes a project's topics: Carrot2's Lingo over the most recent {@link #MAX_CLUSTERED} statements
 * ({@link LingoTopics}), with the previous generation's subjects that its statements still name
 * ({@link TopicRevival}), every statement then settled in one to three topics ({@link TopicMembership}), and the ids
 * carried over from the previous generation ({@link TopicIds}). A pure function of its arguments.
 */
public final class Topics {

  /**
   * Lingo clusters at most the last 1,000 statements posted, which bounds its cost (its suffix sort and matrix
   * factorization); older statements still join their nearest topic, in time linear in their number.
   */
  public static final int MAX_CLUSTERED = 1_000;

  private Topics() {}

  /**
   * The topics of {@code statements} (in the order they were posted), with the ids of {@code previous} carried over:
   * a fresh topic takes the id of the previous topic most of whose statements it holds. Deterministic. A statement
   * id given twice counts once, with its first text. The same statements as {@code previous} (the same digest) keep
   * its topics; a project whose language changes starts again from {@link TopicGeneration#NONE}. Topics are listed
   * largest first (ties by label), the residual topic of statements sharing no word with any other last.
   */
  public static TopicGeneration next(
      TopicGeneration previous, List<TopicInput> statements, Language language) {
    return next(previous, statements, language, MAX_CLUSTERED, true);
  }

  /** With the cap on clustered statements and the revival of previous subjects to choose (for the tests). */
  static TopicGeneration next(
      TopicGeneration previous,
      List<TopicInput> statements,
      Language language,
      int maxClustered,
      boolean revive) {
    var digest = digest(statements);
    if (previous.generation() > 0 && previous.inputDigest().equals(digest)) {
      // The same statements: the same topics (a recomputation would revive the previous subjects
      // and could gather a few statements differently).
      return new TopicGeneration(
          previous.generation() + 1, digest, previous.nextNumber(), previous.topics());
    }
    var ids = new ArrayList<String>();
    var texts = new ArrayList<String>();
    var seen = new HashSet<String>();
    for (var input : statements) {
      if (seen.add(input.statement())) {
        ids.add(input.statement());
        texts.add(LingoTopics.clean(input.text()));
      }
    }
    int from = Math.max(0, texts.size() - maxClustered);
    var lingo =
        LingoTopics.of(texts.subList(from, texts.size()), language).stream()
            .map(
                cluster ->
                    new LingoTopics.Cluster(
                        cluster.label(), cluster.members().stream().map(i -> i + from).toList()))
            .toList();
    var terms = new TopicTerms(language);
    var revived = revive ? TopicRevival.of(previous, texts, terms) : List.<LingoTopics.Cluster>of();
    var clusters = TopicRevival.combined(revived, lingo);
    var settled = new ArrayList<>(TopicMembership.settle(clusters, texts, terms));
    settled.sort(
        Comparator.comparing(TopicMembership.Settled::residual)
            .thenComparingInt(topic -> -topic.members().size())
            .thenComparing(TopicMembership.Settled::label));
    var members =
        settled.stream().map(topic -> topic.members().stream().map(ids::get).toList()).toList();
    var assigned = TopicIds.assign(previous, settled, members);
    return new TopicGeneration(
        previous.generation() + 1, digest, assigned.nextNumber(), assigned.topics());
  }

  /** A digest of the statements' ids and texts, order included: SHA-256, in hexadecimal. */
  public static String digest(List<TopicInput> statements) {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      for (var input : statements) {
        // Lengths first, so that no two lists of statements give the same bytes.
        var id = input.statement().getBytes(StandardCharsets.UTF_8);
        var text = input.text().getBytes(StandardCharsets.UTF_8);
        sha.update(lengthOf(id.length));
        sha.update(id);
        sha.update(lengthOf(text.length));
        sha.update(text);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] lengthOf(int length) {
    return new byte[] {
      (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length
    };
  }
}
