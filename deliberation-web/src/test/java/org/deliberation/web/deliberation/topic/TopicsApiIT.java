package org.deliberation.web.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Topics through the API: recomputed in the background after statements arrive, every shown statement in one to
 * three topics, ids kept as statements are added, the statements of one topic, topics as they stood, a hidden
 * statement left out, and both languages.
 */
class TopicsApiIT extends ApiTestSupport {

  static final List<String> ENGLISH =
      List.of(
          "The bus lines should run later in the evening.",
          "More bus lines to the sports hall would cut car traffic.",
          "Bus lines at night would help shift workers.",
          "Cheaper bus tickets for students and pensioners.",
          "The bus tickets cost too much for families.",
          "A free bus on market days would bring people to town.",
          "The school calendar should give longer summer holidays.",
          "A shorter summer break would help children learn.",
          "The school calendar must follow the regional holidays.",
          "Parents need the school calendar a year ahead.",
          "The school week should end on Friday noon.",
          "Children are tired after long school weeks.",
          "The sports hall needs a bigger car park.",
          "The car park of the sports hall floods in winter.",
          "Bicycle parking next to the sports hall, not only a car park.",
          "The sports hall should open on Sunday mornings.",
          "Clubs should book the sports hall online.",
          "The sports hall should host school sports lessons.");

  static final List<String> FRENCH =
      List.of(
          "Les lignes de bus devraient circuler plus tard le soir.",
          "Plus de lignes de bus vers la salle de sport réduiraient les voitures.",
          "Des lignes de bus la nuit aideraient les travailleurs postés.",
          "Des tickets de bus moins chers pour les étudiants.",
          "Les tickets de bus coûtent trop cher aux familles.",
          "Le calendrier scolaire devrait allonger les vacances d'été.",
          "Des vacances d'été plus courtes aideraient les enfants.",
          "Le calendrier scolaire doit suivre les vacances de la région.",
          "Les parents ont besoin du calendrier scolaire un an avant.",
          "La salle de sport a besoin d'un plus grand parking.",
          "Le parking de la salle de sport est inondé en hiver.",
          "La salle de sport devrait ouvrir le dimanche matin.");

  @SuppressWarnings("unchecked")
  private Map<String, Object> topics(String project, String query) {
    return http.get()
        .uri("/api/projects/{id}/topics" + query, project)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> topics) {
    return (List<Map<String, Object>>) topics.get("items");
  }

  @SuppressWarnings("unchecked")
  private static Set<String> covered(Map<String, Object> topics) {
    var all = new HashSet<String>();
    items(topics).forEach(topic -> all.addAll((List<String>) topic.get("statements")));
    return all;
  }

  private Map<String, Object> awaitGeneration(String project, int generation, Set<String> shown) {
    await()
        .until(
            () -> {
              var now = topics(project, "");
              return ((Number) now.get("generation")).intValue() >= generation
                  && covered(now).equals(shown);
            });
    return topics(project, "");
  }

  @Test
  @SuppressWarnings("unchecked")
  void statementsAreGroupedIntoTopicsWhoseIdsSurviveNewStatementsAndWhosePastStays() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Town services", "en");
    var author = citizen();
    var ids = new ArrayList<String>();
    for (var text : ENGLISH.subList(0, 15)) {
      ids.add(contribution(author, project, text));
    }
    var first = awaitGeneration(project, 1, Set.copyOf(ids));
    assertThat(items(first)).hasSizeGreaterThan(1);
    for (var topic : items(first)) {
      assertThat((String) topic.get("label")).isNotBlank();
      assertThat(topic).containsKeys("consensus", "dissent", "agreement", "summary");
    }
    var counts = new java.util.HashMap<String, Integer>();
    items(first)
        .forEach(
            topic ->
                ((List<String>) topic.get("statements"))
                    .forEach(id -> counts.merge(id, 1, Integer::sum)));
    assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(1, 3));
    var between = Instant.now();

    // The statements of one topic, through the statements API.
    var one = items(first).getFirst();
    var listed =
        ((List<Map<String, Object>>)
                http.get()
                    .uri(
                        "/api/projects/{id}/statements?topic={topic}&limit=200",
                        project,
                        one.get("id"))
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody()
                    .get("items"))
            .stream().map(statement -> (String) statement.get("id")).toList();
    assertThat(listed).containsExactlyInAnyOrderElementsOf((List<String>) one.get("statements"));
    http.get()
        .uri("/api/projects/{id}/statements?topic=t999", project)
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).contains("t999").contains("/topics"));

    // Three more statements: a new generation, and most topics keep their ids.
    for (var text : ENGLISH.subList(15, 18)) {
      ids.add(contribution(author, project, text));
    }
    var second = awaitGeneration(project, 2, Set.copyOf(ids));
    var firstIds = items(first).stream().map(topic -> topic.get("id")).toList();
    var kept = items(second).stream().filter(topic -> firstIds.contains(topic.get("id"))).count();
    assertThat(kept).as("topics keeping their id").isGreaterThanOrEqualTo(firstIds.size() / 2);

    // Time travel: as they stood between the two generations, and before the first.
    var past = topics(project, "?at=" + between);
    assertThat(past.get("generation")).isEqualTo(1);
    assertThat(covered(past)).isEqualTo(covered(first));
    var before = topics(project, "?at=2001-01-01T00:00:00Z");
    assertThat(before.get("generation")).isEqualTo(0);
    assertThat(items(before)).isEmpty();
    http.get()
        .uri("/api/projects/{id}/topics?at=2999-01-01T00:00:00Z", project)
        .exchange()
        .expectStatus()
        .isBadRequest();

    // A hidden statement leaves every topic, and the next generation is computed without it.
    var moderator = withRoles("MODERATOR");
    var hidden = ids.getFirst();
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, hidden)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", "HIDE", "reason", "Off topic."))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    var shown = new HashSet<>(ids);
    shown.remove(hidden);
    var third = awaitGeneration(project, 3, shown);
    assertThat(covered(third)).doesNotContain(hidden);
    // Even as they stood before it was hidden, its id and its words are not shown again.
    var pastAfterHiding = topics(project, "?at=" + between);
    assertThat(pastAfterHiding.get("generation")).isEqualTo(1);
    assertThat(covered(pastAfterHiding)).doesNotContain(hidden).hasSize(covered(first).size() - 1);
    for (var topic : items(pastAfterHiding)) {
      for (var quote : (List<Map<String, Object>>) topic.get("summary")) {
        assertThat(quote.get("statement")).isNotEqualTo(hidden);
      }
      assertThat(List.of(topic.get("consensus"), topic.get("dissent")).toString())
          .doesNotContain(hidden);
    }
  }

  @Test
  void aFrenchProjectGetsFrenchLabels() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Services de la ville", "fr");
    var author = citizen();
    var ids = new ArrayList<String>();
    for (var text : FRENCH) {
      ids.add(contribution(author, project, text));
    }
    var topics = awaitGeneration(project, 1, Set.copyOf(ids));
    var words = String.join(" ", FRENCH).toLowerCase(java.util.Locale.ROOT);
    for (var topic : items(topics)) {
      var label = ((String) topic.get("label")).toLowerCase(java.util.Locale.ROOT);
      // Every word of a label is taken from the statements, and no label is only a French stop
      // word.
      for (var word : label.split("\\s+")) {
        assertThat(words).contains(word);
      }
      assertThat(label).isNotIn("de", "la", "les", "des", "le");
    }
  }
}
