package org.deliberation.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.deliberation.core.project.Language;
import org.deliberation.core.testing.Property;
import org.junit.jupiter.api.Test;

class TopicsTest {

  private static final List<TopicInput> ENGLISH = Corpus.statements(Corpus.ENGLISH, 12, 7, 1);

  @Test
  void theSameStatementsGiveTheSameTopics() {
    var first = Topics.next(TopicGeneration.NONE, ENGLISH, Language.en);
    for (int run = 0; run < 3; run++) {
      assertThat(Topics.next(TopicGeneration.NONE, ENGLISH, Language.en)).isEqualTo(first);
    }
    assertThat(first.generation()).isEqualTo(1);
    assertThat(first.inputDigest()).isEqualTo(Topics.digest(ENGLISH));
    assertThat(first.topics()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void projectsComputedAtOnceOnSeveralThreadsGetTheirOwnTopics() throws Exception {
    var french = Corpus.statements(Corpus.FRENCH, 12, 7, 1);
    var english = Topics.next(TopicGeneration.NONE, ENGLISH, Language.en);
    var inFrench = Topics.next(TopicGeneration.NONE, french, Language.fr);
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      var results = new ArrayList<java.util.concurrent.Future<Boolean>>();
      for (int i = 0; i < 16; i++) {
        boolean fr = i % 2 == 0;
        results.add(
            pool.submit(
                () ->
                    fr
                        ? Topics.next(TopicGeneration.NONE, french, Language.fr).equals(inFrench)
                        : Topics.next(TopicGeneration.NONE, ENGLISH, Language.en).equals(english)));
      }
      for (var result : results) {
        assertThat(result.get()).isTrue();
      }
    }
  }

  @Test
  void everyStatementIsInOneToThreeTopicsAndEachLabelIsAPhraseOfItsStatements() {
    Property.forAll(
        11,
        30,
        TopicsTest::randomStatements,
        inputs -> {
          var generation = Topics.next(TopicGeneration.NONE, inputs, Language.en);
          assertCovered(generation, inputs);
          assertThat(Topics.next(TopicGeneration.NONE, inputs, Language.en)).isEqualTo(generation);
        });
    assertCovered(Topics.next(TopicGeneration.NONE, ENGLISH, Language.en), ENGLISH);
  }

  @Test
  void aTopicListsItsStatementsNamingTheSubjectFirst() {
    var generation = Topics.next(TopicGeneration.NONE, ENGLISH, Language.en);
    var text = texts(ENGLISH);
    for (var topic : generation.topics()) {
      var label = topic.label().toLowerCase(Locale.ROOT);
      assertThat(text.get(topic.statements().get(0)).toLowerCase(Locale.ROOT)).contains(label);
    }
  }

  @Test
  void noneOneOrTwoStatements() {
    var none = Topics.next(TopicGeneration.NONE, List.of(), Language.en);
    assertThat(none.topics()).isEmpty();
    assertThat(none.generation()).isEqualTo(1);
    assertThat(none.nextNumber()).isEqualTo(1);
    var one = List.of(new TopicInput("a", "Plant more trees along the river"));
    var single = Topics.next(TopicGeneration.NONE, one, Language.en);
    assertThat(single.topics()).hasSize(1);
    assertThat(single.topics().get(0).statements()).containsExactly("a");
    assertThat(single.topics().get(0).id()).isEqualTo("t1");
    var two =
        List.of(
            new TopicInput("a", "Plant more trees along the river"),
            new TopicInput("b", "Plant more trees along the river"));
    assertCovered(Topics.next(single, two, Language.en), two);
  }

  @Test
  void aStatementSharingNothingWithAnyTopicGoesToTheResidualTopicLast() {
    var inputs = new ArrayList<>(ENGLISH);
    inputs.add(new TopicInput("odd", "Zeppelins!"));
    inputs.add(new TopicInput("symbols", "?! … 😀"));
    var generation = Topics.next(TopicGeneration.NONE, inputs, Language.en);
    assertCovered(generation, inputs);
    var last = generation.topics().get(generation.topics().size() - 1);
    assertThat(last.statements()).containsExactlyInAnyOrder("odd", "symbols");
    assertThat(last.label()).isEqualTo("Zeppelins");
  }

  @Test
  void oddTextsDuplicatesAndLongTextsAreHandled() {
    var inputs = new ArrayList<>(ENGLISH);
    inputs.add(new TopicInput("long", "bike lanes and cyclists ".repeat(20_000)));
    inputs.add(new TopicInput("zero-width", "bike\u200B lanes\u0000 for \uD800 the cyclists"));
    inputs.add(new TopicInput("ligature", "ﬁnally bike lanes for the ｃｙｃｌｉｓｔｓ"));
    inputs.add(new TopicInput("copy", ENGLISH.get(0).text()));
    inputs.add(new TopicInput(ENGLISH.get(1).statement(), "a second text under an id given twice"));
    var generation = Topics.next(TopicGeneration.NONE, inputs, Language.en);
    var distinct = inputs.subList(0, inputs.size() - 1);
    assertCovered(generation, distinct);
    var copyTopics = topicsOf(generation, "copy");
    assertThat(copyTopics).isEqualTo(topicsOf(generation, ENGLISH.get(0).statement()));
  }

  @Test
  void statementsBeyondTheClusteredOnesStillJoinTheirNearestTopic() {
    var generation = Topics.next(TopicGeneration.NONE, ENGLISH, Language.en, 25, true);
    assertCovered(generation, ENGLISH);
    // The oldest statements were not clustered: each joined the topic of its subject.
    for (int i = 0; i < Corpus.ENGLISH.size(); i++) {
      var phrase = Corpus.ENGLISH.get(i).phrase();
      assertThat(topicsOf(generation, ENGLISH.get(i).statement()))
          .anyMatch(label -> label.toLowerCase(Locale.ROOT).contains(phrase));
    }
  }

  @Test
  void frenchStatementsGiveFrenchLabelsWithoutFrenchStopWords() {
    var french = Corpus.statements(Corpus.FRENCH, 12, 7, 1);
    var generation = Topics.next(TopicGeneration.NONE, french, Language.fr);
    assertCovered(generation, french);
    var labels =
        generation.topics().stream().map(topic -> topic.label().toLowerCase(Locale.ROOT)).toList();
    for (var subject : Corpus.FRENCH) {
      assertThat(labels).anyMatch(label -> label.contains(subject.phrase()));
    }
    // "il faut" opens half of the statements, "les" most: Carrot2's own French list lets "il" and
    // "faut" through.
    var stopWords = Set.of("il", "faut", "les", "la", "de", "des", "pour", "et", "aux", "nos");
    for (var label : labels) {
      var words = label.split(" ");
      assertThat(stopWords).doesNotContain(words[0], words[words.length - 1]);
      assertThat(label).doesNotContain("il faut");
    }
    // Read as English, the same statements give labels opening or ending on French stop words.
    var asEnglish = Topics.next(TopicGeneration.NONE, french, Language.en);
    assertThat(asEnglish.topics().stream().map(topic -> topic.label().split(" ")))
        .anyMatch(
            words -> stopWords.contains(words[0]) || stopWords.contains(words[words.length - 1]));
  }

  @Test
  void theDigestTellsInputsApart() {
    var a = List.of(new TopicInput("ab", "c"));
    var b = List.of(new TopicInput("a", "bc"));
    assertThat(Topics.digest(a)).isNotEqualTo(Topics.digest(b)).hasSize(64);
    assertThat(Topics.digest(ENGLISH)).isEqualTo(Topics.digest(List.copyOf(ENGLISH)));
    var reversed = new ArrayList<>(ENGLISH);
    java.util.Collections.reverse(reversed);
    assertThat(Topics.digest(reversed)).isNotEqualTo(Topics.digest(ENGLISH));
  }

  static void assertCovered(TopicGeneration generation, List<TopicInput> inputs) {
    var count = new HashMap<String, Integer>();
    var text = texts(inputs);
    for (var topic : generation.topics()) {
      assertThat(topic.statements()).doesNotHaveDuplicates().isNotEmpty();
      for (var statement : topic.statements()) {
        count.merge(statement, 1, Integer::sum);
      }
      var label = topic.label().toLowerCase(Locale.ROOT);
      if (label.equals("…")) {
        // Only statements without a word to quote.
        assertThat(topic.statements()).allMatch(s -> LingoTopics.clean(text.get(s)).isBlank());
        continue;
      }
      assertThat(topic.statements())
          .as("the label %s is a phrase of its statements", label)
          .anyMatch(s -> LingoTopics.clean(text.get(s)).toLowerCase(Locale.ROOT).contains(label));
    }
    assertThat(count.keySet()).isEqualTo(text.keySet());
    assertThat(count.values()).allMatch(n -> n >= 1 && n <= 3);
    assertThat(generation.topics().stream().map(Topic::id)).doesNotHaveDuplicates();
  }

  static Map<String, String> texts(List<TopicInput> inputs) {
    var texts = new HashMap<String, String>();
    inputs.forEach(input -> texts.putIfAbsent(input.statement(), input.text()));
    return texts;
  }

  static List<String> topicsOf(TopicGeneration generation, String statement) {
    return generation.topics().stream()
        .filter(topic -> topic.statements().contains(statement))
        .map(Topic::label)
        .toList();
  }

  // Statements on the corpus's subjects mixed with random words, symbols and repeats.
  private static List<TopicInput> randomStatements(SplittableRandom random) {
    var base = Corpus.statements(Corpus.ENGLISH, 1 + random.nextInt(6), random.nextLong(), 1);
    var inputs = new ArrayList<TopicInput>(base);
    var pieces = List.of("trees", "Ünïcödé", "🚲", "1080", "the", "and", "\t", "l'eau", "--", "x");
    int extra = random.nextInt(10);
    for (int i = 0; i < extra; i++) {
      var text = new StringBuilder();
      int words = 1 + random.nextInt(8);
      for (int w = 0; w < words; w++) {
        text.append(pieces.get(random.nextInt(pieces.size()))).append(' ');
      }
      inputs.add(new TopicInput("r" + i, text.toString()));
    }
    if (random.nextBoolean() && !base.isEmpty()) {
      inputs.add(new TopicInput("dup", base.get(0).text()));
    }
    return random.nextInt(4) == 0 ? inputs.subList(0, Math.min(2, inputs.size())) : inputs;
  }

  static Set<String> ids(TopicGeneration generation) {
    return generation.topics().stream()
        .map(Topic::id)
        .collect(Collectors.toCollection(HashSet::new));
  }
}
