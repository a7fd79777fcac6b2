package org.deliberation.core.topic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.deliberation.core.project.Language;

/**
 * Carrot2's Lingo over the statements' texts: the raw clusters, each a label and the positions of the statements
 * Lingo put in it. Lingo's own matrix factorization (partial SVD) and label choice are deterministic; it may leave a
 * statement out of every cluster or put it in several, which {@link TopicMembership} settles.
 */
final class LingoTopics {

  /**
   * Lingo asks for {@code desired / 10 × √n} clusters: 10 makes it √n (18 for 316 statements, 32 for 1,000), before
   * its own merging of clusters with similar labels and dropping of clusters of one statement.
   */
  static final int DESIRED = 10;

  /** A statement's text is cut here for the clustering (its id and full text stay as posted). */
  static final int MAX_TEXT = 1_000;

  /** A raw cluster. */
  record Cluster(String label, List<Integer> members) {}

  private LingoTopics() {}

  static List<Cluster> of(List<String> texts, Language language) {
    var documents = new ArrayList<Text>();
    for (int i = 0; i < texts.size(); i++) {
      documents.add(new Text(i, texts.get(i)));
    }
    var lingo = new LingoClusteringAlgorithm();
    lingo.desiredClusterCount.set(DESIRED);
    var clusters = new ArrayList<Cluster>();
    for (var cluster : lingo.cluster(documents.stream(), TopicLanguage.components(language))) {
      if (cluster.getLabels().isEmpty() || cluster.getDocuments().isEmpty()) {
        continue;
      }
      var members = cluster.getDocuments().stream().map(Text::index).sorted().toList();
      clusters.add(new Cluster(cluster.getLabels().get(0), members));
    }
    return clusters;
  }

  /**
   * Lingo keeps clusters apart when their labels differ ("strategy", "biodiversity strategy") even when they hold
   * nearly the same statements. A cluster at least {@link #NESTED} of whose statements are in an earlier one (Lingo
   * lists the stronger first) is merged into it; the merged topic keeps the earlier label, or the later one when it
   * contains the earlier one (the more precise phrase of the same subject).
   */
  static List<Cluster> merged(List<Cluster> clusters) {
    var kept = new ArrayList<Cluster>();
    for (var cluster : clusters) {
      int into = -1;
      for (int k = 0; k < kept.size() && into < 0; k++) {
        var other = kept.get(k);
        int smaller = Math.min(other.members().size(), cluster.members().size());
        if (overlap(other.members(), cluster.members()) >= NESTED * smaller) {
          into = k;
        }
      }
      if (into < 0) {
        kept.add(cluster);
        continue;
      }
      var other = kept.get(into);
      var union = new TreeSet<>(other.members());
      union.addAll(cluster.members());
      var label = containsPhrase(cluster.label(), other.label()) ? cluster.label() : other.label();
      kept.set(into, new Cluster(label, List.copyOf(union)));
    }
    return kept;
  }

  /** The share of the smaller cluster's statements also in the other for the two to be one topic. */
  static final double NESTED = 0.75;

  // Whole words: "island" does not contain "land".
  private static boolean containsPhrase(String longer, String shorter) {
    var padded = " " + longer.toLowerCase(Locale.ROOT) + " ";
    return padded.contains(" " + shorter.toLowerCase(Locale.ROOT) + " ");
  }

  private static int overlap(List<Integer> a, List<Integer> b) {
    var set = new HashSet<>(a);
    return (int) b.stream().filter(set::contains).count();
  }

  /**
   * The text as the clustering reads it: compatibility-normalized (ligatures, full-width forms), without control,
   * format (zero-width) or unpaired surrogate characters, spaces collapsed, and cut at {@link #MAX_TEXT} on a
   * character boundary.
   */
  static String clean(String text) {
    var cut = text;
    if (cut.length() > MAX_TEXT) {
      int end = MAX_TEXT;
      if (Character.isHighSurrogate(cut.charAt(end - 1))) {
        end--;
      }
      cut = cut.substring(0, end);
    }
    var normal = Normalizer.normalize(cut, Normalizer.Form.NFKC);
    return normal.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\s]+", " ").strip();
  }

  private record Text(int index, String text) implements Document {
    @Override
    public void visitFields(BiConsumer<String, String> fieldConsumer) {
      fieldConsumer.accept("text", text);
    }
  }
}
