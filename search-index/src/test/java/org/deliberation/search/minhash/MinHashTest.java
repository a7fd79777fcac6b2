package org.deliberation.search.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

  @Test
  void identicalTextsAreFullySimilar() {
    var text = "The council should build the sports hall next to the school";

    assertThat(MinHash.similarity(MinHash.signature(text), MinHash.signature(text))).isEqualTo(1.0);
  }

  @Test
  void foldsCaseAccentsAndPunctuationBeforeComparing() {
    assertThat(
            MinHash.similarity(
                MinHash.signature("Une école, ici !"), MinHash.signature("une ECOLE ici")))
        .isEqualTo(1.0);
  }

  @Test
  void disjointTextsAreHardlySimilar() {
    var a = MinHash.signature("apples oranges pears plums cherries grapes");
    var b = MinHash.signature("council budget tax hall school road");

    assertThat(MinHash.similarity(a, b)).isLessThan(0.05);
  }

  @Test
  void estimatesTheJaccardSimilarityOfShingleSets() {
    var random = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      var shared = words(random, 20 + random.nextInt(40));
      var a = new HashSet<>(shared);
      var b = new HashSet<>(shared);
      a.addAll(words(random, random.nextInt(40)));
      b.addAll(words(random, random.nextInt(40)));
      var union = new HashSet<>(a);
      union.addAll(b);
      var jaccard = (double) shared.size() / union.size();

      var estimate = MinHash.similarity(MinHash.signature(a), MinHash.signature(b));

      // About four standard errors of 256 hashes at worst (J = 0.5): wider than any seeded trial
      // here needs.
      assertThat(estimate).isCloseTo(jaccard, within(0.18));
    }
  }

  @Test
  void anEmptyTextIsSimilarToNothingAndHasNoBand() {
    var empty = MinHash.signature("  !? ");

    assertThat(MinHash.isEmpty(empty)).isTrue();
    assertThat(MinHash.similarity(empty, empty)).isZero();
    assertThat(MinHash.bands(empty)).isEmpty();
  }

  @Test
  void cutsTheSignatureIntoDistinctBands() {
    var signature = MinHash.signature("the sports hall");

    assertThat(MinHash.bands(signature)).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
    assertThat(MinHash.bands(MinHash.signature("the sports hall")))
        .isEqualTo(MinHash.bands(signature));
  }

  @Test
  void storesSignaturesAsBytes() {
    var signature = MinHash.signature("the sports hall");

    assertThat(MinHash.decode(MinHash.encode(signature))).isEqualTo(signature);
    assertThat(MinHash.isEmpty(MinHash.decode(new byte[3]))).isTrue();
  }

  @Test
  void shinglesAreWordsAndPairs() {
    assertThat(Shingles.of("Sports hall, sports!"))
        .containsExactly("sports", "hall", "sports hall", "hall sports");
  }

  private static Set<String> words(Random random, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "w" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36))
        .collect(Collectors.toSet());
  }
}
