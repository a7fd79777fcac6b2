package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.search.minhash.MinHash;
import org.junit.jupiter.api.Test;

class SimilarStatementsTest extends IndexTest {

  private static final String ORIGINAL =
      "The council should delay the new sports hall until the school renovation "
          + "budget has been approved by voters next spring";

  private static final List<String> OTHER_WORDS =
      List.of(
          "river",
          "green",
          "quickly",
          "market",
          "window",
          "bicycle",
          "museum",
          "coffee",
          "garden",
          "bridge",
          "yellow",
          "summer",
          "teacher",
          "doctor",
          "engine",
          "forest",
          "harbour",
          "island",
          "jacket",
          "kitchen",
          "letter",
          "mountain",
          "narrow",
          "orange",
          "pencil",
          "quiet",
          "rabbit",
          "silver",
          "ticket",
          "umbrella",
          "valley",
          "winter",
          "yesterday",
          "zebra",
          "anchor",
          "basket",
          "candle",
          "desert",
          "elbow",
          "feather",
          "guitar",
          "hammer",
          "insect",
          "jungle",
          "ladder",
          "mirror",
          "needle",
          "ocean",
          "pillow",
          "rocket");

  /** Different statements about the same project, sharing its vocabulary: "sports hall", "council", "budget". */
  private static final List<String> SAME_TOPIC =
      List.of(
          "The sports hall budget is far too high for a town of our size.",
          "I would use the new sports hall every week with my basketball team.",
          "The council never asked the neighbours about the noise from the sports hall.",
          "Building the sports hall near the station would make it easy to reach by train.",
          "A sports hall is less urgent than repairing the roads in the old town.",
          "The council should publish the full budget of the project before any vote.",
          "Solar panels on the roof of the sports hall would lower its running costs.",
          "Our school has no gym, so the pupils need the sports hall more than anyone.",
          "The budget forgets the cost of staff to keep the hall open in the evenings.",
          "Parking around the sports hall will be a nightmare on match days.",
          "Why not renovate the existing gym instead of paying for a brand new hall?",
          "The council has already spent too much on consultants for this project.",
          "Local clubs should get priority when booking the sports hall.",
          "The hall must be accessible to wheelchair users from the first day.",
          "A swimming pool would serve more people than another sports hall.",
          "The council budget should favour libraries and culture this year.",
          "The sports hall could host concerts and markets when there is no match.",
          "Taxes will rise if the council borrows money for the sports hall.",
          "Young people in the north of the town have nowhere to play in winter.",
          "The design of the sports hall looks cold and should use more wood.",
          "Ask the regional government to share the cost of the sports hall.",
          "The council should hold a public meeting about the budget in every district.",
          "I fear the new sports hall will stay empty most of the day.",
          "Trees in the park must not be cut down to make room for the hall.",
          "A smaller hall would cost half as much and meet most needs.",
          "The council vote on the sports hall should wait for an independent audit.",
          "Schools could share the sports hall during the day and clubs at night.",
          "The budget has no line for maintaining the building after ten years.",
          "Cycling paths to the new sports hall should be built at the same time.",
          "The council must explain who will run the sports hall and at what price.");

  @Test
  void findsEveryVariantWithAFifthOfItsWordsChangedAndNoOtherStatementOnTheTopic()
      throws IOException {
    var variants = variants(ORIGINAL, 50, new Random(2025));
    given(Events.statement("p1", "original", ORIGINAL));
    for (int i = 0; i < variants.size(); i++) {
      given(Events.statement("p1", "variant-" + i, variants.get(i)));
    }
    for (int i = 0; i < SAME_TOPIC.size(); i++) {
      given(Events.statement("p1", "topic-" + i, SAME_TOPIC.get(i)));
    }

    var similar = index.similar("original", 100);

    var expected = IntStream.range(0, variants.size()).mapToObj(i -> "variant-" + i).toList();
    assertThat(similar)
        .extracting(SimilarStatement::id)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(similar)
        .isSortedAccordingTo(Comparator.comparingDouble(SimilarStatement::similarity).reversed());
    assertThat(similar)
        .allSatisfy(
            statement -> {
              assertThat(statement.similarity()).isBetween(MinHash.THRESHOLD, 1.0);
              assertThat(statement.type()).isEqualTo(DocumentType.STATEMENT);
              assertThat(statement.text())
                  .isEqualTo(variants.get(Integer.parseInt(statement.id().substring(8))));
            });
  }

  @Test
  void findsNothingSimilarForDifferentStatementsOnTheSameTopic() throws IOException {
    for (int i = 0; i < SAME_TOPIC.size(); i++) {
      given(Events.statement("p1", "topic-" + i, SAME_TOPIC.get(i)));
    }

    for (int i = 0; i < SAME_TOPIC.size(); i++) {
      assertThat(index.similar("topic-" + i, 10)).as(SAME_TOPIC.get(i)).isEmpty();
    }
  }

  @Test
  void findsAnExactCopyMostSimilarAndViewpointsToo() throws IOException {
    given(
        Events.statement("p1", "original", ORIGINAL),
        Events.viewpoint("p1", "copy", ORIGINAL.toUpperCase(Locale.ROOT) + "!", Stance.AGAINST),
        Events.statement("p1", "variant", ORIGINAL.replace("delay", "stop")));

    assertThat(index.similar("original", 10))
        .extracting(SimilarStatement::id, SimilarStatement::type)
        .containsExactly(
            tuple("copy", DocumentType.VIEWPOINT), tuple("variant", DocumentType.STATEMENT));
    assertThat(index.similar("original", 1))
        .extracting(SimilarStatement::similarity)
        .containsExactly(1.0);
  }

  @Test
  void leavesOutHiddenAndOtherProjectsStatementsButNotAnErasedParticipants() throws IOException {
    given(
        Events.statement("p1", "original", ORIGINAL),
        Events.statement("p1", "hidden", ORIGINAL),
        Events.posted("p1", "erased", ORIGINAL, StatementKind.CONTRIBUTION, null, Events.BOB),
        Events.statement("p2", "elsewhere", ORIGINAL),
        Events.statement("p1", "kept", ORIGINAL),
        Events.hidden("p1", "hidden"),
        Events.erased(Events.BOB));

    assertThat(index.similar("original", 10))
        .extracting(SimilarStatement::id)
        .containsExactlyInAnyOrder("erased", "kept");
    assertThat(index.similar("hidden", 10)).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownStatementOrAProject() throws IOException {
    given(Events.projectCreated("p1", ORIGINAL, ORIGINAL), Events.statement("p1", "s1", ORIGINAL));

    assertThat(index.similar("unknown", 10)).isEmpty();
    assertThat(index.similar("s1", 10)).isEmpty();
  }

  @Test
  void refusesALimitOutOfRange() {
    assertThatThrownBy(() -> index.similar("s1", 0)).isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> index.similar("s1", 101)).isInstanceOf(BadQueryException.class);
  }

  /** Copies of a text with one to a fifth of its words replaced by unrelated words, at random places. */
  static List<String> variants(String text, int count, Random random) {
    var words = text.split(" ");
    int most = words.length / 5;
    var variants = new ArrayList<String>();
    while (variants.size() < count) {
      var changed = words.clone();
      var positions = new ArrayList<>(IntStream.range(0, words.length).boxed().toList());
      Collections.shuffle(positions, random);
      for (int position : positions.subList(0, 1 + random.nextInt(most))) {
        changed[position] = OTHER_WORDS.get(random.nextInt(OTHER_WORDS.size()));
      }
      var variant = String.join(" ", changed);
      if (!variant.equals(text) && !variants.contains(variant)) {
        variants.add(variant);
      }
    }
    assertThat(Arrays.stream(words).count()).isEqualTo(20);
    return variants;
  }
}
