package org.deliberation.web.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;

/** The officials' synthesis page organised by topic, in English and in French, and the vote filtered by topic. */
class TopicPagesIT extends ApiTestSupport {

  @SuppressWarnings("unchecked")
  private Map<String, Object> topics(String project) {
    return http.get()
        .uri("/api/projects/{id}/topics", project)
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
  private String slug(String project) {
    return (String)
        http.get()
            .uri("/api/projects/{id}", project)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("slug");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSynthesisPageShowsEachTopicWithItsAgreementItsQuotesAndItsOwnLists() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Town services by topic");
    var author = citizen();
    var ids = new ArrayList<String>();
    for (var text : TopicsApiIT.ENGLISH) {
      ids.add(contribution(author, project, text));
    }
    stage(official, project, "DELIBERATION");
    for (int voter = 0; voter < 4; voter++) {
      var citizen = citizen();
      for (int s = 0; s < ids.size(); s++) {
        vote(citizen, project, ids.get(s), (s + voter) % 3 == 0 ? "DISAGREE" : "AGREE");
      }
    }
    await()
        .until(
            () -> {
              var covered = new HashSet<String>();
              items(topics(project))
                  .forEach(topic -> covered.addAll((List<String>) topic.get("statements")));
              return covered.containsAll(ids);
            });
    var api = items(topics(project));
    var slug = slug(project);

    var page = new PageClient(http).get("/projects/" + slug + "/synthesis").html();
    assertThat(page.selectFirst("#topics-heading").text()).isEqualTo("Topics");
    var panels = page.select("details.topic");
    assertThat(panels).hasSize(api.size());
    assertThat(panels.select(".topic-label").eachText())
        .containsExactlyElementsOf(api.stream().map(topic -> (String) topic.get("label")).toList());
    assertThat(panels.select(".agreement").eachText())
        .allMatch(text -> text.endsWith("agreement") || text.equals("Too few votes yet"));
    // Quoted verbatim, each with its counts and a link to the statement.
    var quotes = panels.select(".quotes li");
    assertThat(quotes).isNotEmpty();
    assertThat(quotes.select("q").eachText()).allMatch(TopicsApiIT.ENGLISH::contains);
    assertThat(quotes.select(".quote-ref").eachText()).allMatch(text -> text.contains(" agree · "));
    assertThat(panels.select("a[href*=topic=]")).hasSize(api.size());

    // The vote, filtered to one topic: its cards only, and the filter kept after a vote posted
    // without JavaScript.
    var topic = api.getFirst();
    var members = (List<String>) topic.get("statements");
    var browser = new PageClient(http).signedInAs(citizen());
    var filtered = browser.get("/projects/" + slug + "?topic=" + topic.get("id")).html();
    assertThat(filtered.select(".topic-filter a")).hasSize(api.size() + 1);
    assertThat(filtered.selectFirst(".topic-filter a[aria-current=true]").text())
        .isEqualTo(topic.get("label"));
    var cards = filtered.select(".deck .vote-card");
    assertThat(cards.eachAttr("id"))
        .containsExactlyInAnyOrderElementsOf(members.stream().map(id -> "card-" + id).toList());
    var form = cards.getFirst().selectFirst("form.vote-form");
    assertThat(form.attr("action")).endsWith("?topic=" + topic.get("id"));
    var voted = browser.post(form.attr("action"), Map.of("vote", "AGREE"));
    assertThat(voted.status().value()).isEqualTo(303);
    assertThat(voted.location()).endsWith("?topic=" + topic.get("id") + "#vote");
    await()
        .untilAsserted(
            () ->
                assertThat(browser.get("/projects/" + slug).html().select(".deck .vote-card"))
                    .hasSize(ids.size() - 1));
    assertThat(
            browser
                .get("/projects/" + slug)
                .html()
                .selectFirst(".topic-filter a[aria-current=true]")
                .text())
        .isEqualTo("All topics");

    var french = new PageClient(http).language("fr").get("/projects/" + slug + "/synthesis").html();
    assertThat(french.selectFirst("#topics-heading").text()).isEqualTo("Thèmes");
    assertThat(french.select("details.topic .agreement").eachText())
        .allMatch(text -> text.startsWith("Accord ") || text.startsWith("Trop peu de votes"));
    assertThat(french.select("[style]")).as("no inline style: the policy blocks it").isEmpty();
  }
}
