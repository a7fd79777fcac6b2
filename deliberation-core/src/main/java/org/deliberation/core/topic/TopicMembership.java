package org.deliberation.core.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Settles Lingo's clusters into topics where every statement is in one to three:
 *
 * <ul>
 *   <li>a statement's strength in a topic is its cosine with the topic's centroid (the sum of its Lingo members'
 *       vectors) plus the share of the label's terms it uses, so that statements naming the subject come first;
 *   <li>a statement Lingo put in more than three topics keeps its three strongest (ties: the earlier topic);
 *   <li>a statement Lingo left out goes to the topic it is strongest in, when it shares a term with one (its centroid
 *       or label); one that shares nothing with any topic goes to a residual topic of such statements, labelled by
 *       the word they use most (as first written), so that nothing is hidden and no statement is forced into a
 *       subject it does not mention;
 *   <li>a topic's statements are ordered by strength, ties by posting order; a topic left empty is dropped.
 * </ul>
 */
final class TopicMembership {

  static final int MAX_TOPICS_PER_STATEMENT = 3;

  /**
   * A settled topic: its label and its statements' positions, the most representative first.
   *
   * @param residual whether it holds the statements that share nothing with any other topic
   */
  record Settled(String label, List<Integer> members, boolean residual) {}

  private TopicMembership() {}

  static List<Settled> settle(
      List<LingoTopics.Cluster> clusters, List<String> texts, TopicTerms terms) {
    int n = texts.size();
    var sets = new ArrayList<int[]>(n);
    texts.forEach(text -> sets.add(terms.termSet(text)));
    var labels = clusters.stream().map(cluster -> terms.termSet(cluster.label())).toList();
    var vectors = TopicTerms.vectors(sets, terms.count());
    int k = clusters.size();
    var strength = new double[k][];
    for (int c = 0; c < k; c++) {
      strength[c] =
          strengths(
              centroid(clusters.get(c).members(), vectors, terms.count()), labels.get(c), vectors);
    }
    var inLingo = new boolean[k][n];
    for (int c = 0; c < k; c++) {
      for (int i : clusters.get(c).members()) {
        inLingo[c][i] = true;
      }
    }
    var members = new ArrayList<List<Integer>>();
    clusters.forEach(cluster -> members.add(new ArrayList<>()));
    var residual = new ArrayList<Integer>();
    for (int i = 0; i < n; i++) {
      int statement = i;
      var chosen = new ArrayList<Integer>();
      for (int c = 0; c < k; c++) {
        if (inLingo[c][i]) {
          chosen.add(c);
        }
      }
      if (chosen.isEmpty()) {
        int best = -1;
        for (int c = 0; c < k; c++) {
          if (strength[c][i] > 0 && (best < 0 || strength[c][i] > strength[best][i])) {
            best = c;
          }
        }
        if (best < 0) {
          residual.add(i);
          continue;
        }
        chosen.add(best);
      }
      chosen.sort(
          Comparator.comparingDouble((Integer c) -> -strength[c][statement])
              .thenComparingInt(c -> c));
      chosen.stream().limit(MAX_TOPICS_PER_STATEMENT).forEach(c -> members.get(c).add(statement));
    }
    var settled = new ArrayList<Settled>();
    for (int c = 0; c < k; c++) {
      if (!members.get(c).isEmpty()) {
        settled.add(
            new Settled(clusters.get(c).label(), ordered(members.get(c), strength[c]), false));
      }
    }
    if (!residual.isEmpty()) {
      var label = residualLabel(residual, texts, terms);
      var labelTerms = terms.termSet(label);
      var own = strengths(centroid(residual, vectors, terms.count()), labelTerms, vectors);
      settled.add(new Settled(label, ordered(residual, own), true));
    }
    return settled;
  }

  private static double[] centroid(
      List<Integer> members, List<TopicTerms.Vector> vectors, int terms) {
    var centroid = new double[terms];
    for (int i : members) {
      var v = vectors.get(i);
      for (int t = 0; t < v.terms().length; t++) {
        centroid[v.terms()[t]] += v.weights()[t];
      }
    }
    double norm = 0;
    for (double x : centroid) {
      norm += x * x;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      for (int t = 0; t < terms; t++) {
        centroid[t] /= length;
      }
    }
    return centroid;
  }

  private static double[] strengths(
      double[] centroid, int[] label, List<TopicTerms.Vector> vectors) {
    var strengths = new double[vectors.size()];
    for (int i = 0; i < vectors.size(); i++) {
      var v = vectors.get(i);
      double dot = 0;
      for (int t = 0; t < v.terms().length; t++) {
        dot += centroid[v.terms()[t]] * v.weights()[t];
      }
      double labelShare =
          label.length == 0 ? 0 : (double) TopicTerms.shared(v.terms(), label) / label.length;
      strengths[i] = dot + labelShare;
    }
    return strengths;
  }

  private static List<Integer> ordered(List<Integer> members, double[] strength) {
    return members.stream()
        .sorted(Comparator.comparingDouble((Integer i) -> -strength[i]).thenComparingInt(i -> i))
        .toList();
  }

  // The residual statements share no term with any topic: label them by their most used word (the
  // form first written; ties by the word's first appearance), or by the first words of the first
  // that has any when they have none (only stop words, numbers or symbols).
  private static String residualLabel(
      List<Integer> residual, List<String> texts, TopicTerms terms) {
    var uses = new TreeMap<Integer, Integer>();
    var written = new TreeMap<Integer, String>();
    var first = new TreeMap<Integer, Integer>();
    for (int i : residual) {
      for (var word : terms.words(texts.get(i))) {
        uses.merge(word.term(), 1, Integer::sum);
        written.putIfAbsent(word.term(), word.written());
        first.putIfAbsent(word.term(), first.size());
      }
    }
    var best =
        uses.keySet().stream()
            .min(Comparator.comparingInt((Integer t) -> -uses.get(t)).thenComparingInt(first::get));
    if (best.isPresent()) {
      return written.get(best.get());
    }
    for (int i : residual) {
      var words = texts.get(i).split("\\s+", 6);
      var label = String.join(" ", List.of(words).subList(0, Math.min(5, words.length))).strip();
      if (!label.isEmpty()) {
        return label;
      }
    }
    // Texts of nothing but spaces and invisible characters.
    return "…";
  }
}
