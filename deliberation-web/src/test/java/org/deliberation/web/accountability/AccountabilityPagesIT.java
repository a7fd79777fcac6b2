package org.deliberation.web.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;

/**
 * The public page of the authority's answers, with plain forms: an official answers, everyone reads, in English and
 * French, and the points left unanswered are marked once the project is decided.
 */
class AccountabilityPagesIT extends ApiTestSupport {

  @Test
  @SuppressWarnings("unchecked")
  void anOfficialAnswersWithAFormAndEveryoneReadsTheAnswersBesideThePoints() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Answers page project");
    var author = citizen();
    var shared = contribution(author, project, "Publish the costs.");
    var other = contribution(author, project, "Close the street on sundays.");
    stage(official, project, "DELIBERATION");
    var slug = projectSlug(project);
    var path = "/projects/" + slug + "/accountability";
    assertThat(new PageClient(http).get(path).html().select("main").text())
        .contains("once the project is in its synthesis stage");

    for (int p = 0; p < 10; p++) {
      var voter = citizen();
      vote(voter, project, shared, "AGREE");
      vote(voter, project, other, p % 2 == 0 ? "AGREE" : "DISAGREE");
    }
    awaitConsensus(project, shared);
    stage(official, project, "SYNTHESIS");

    var visitor = new PageClient(http).get(path);
    assertThat(visitor.status().value()).isEqualTo(200);
    assertThat(visitor.html().select("#p-" + shared).text())
        .contains("Publish the costs.", "Consensus", "No answer yet");
    assertThat(visitor.html().select("form.answer-form")).isEmpty();
    assertThat(new PageClient(http).get("/projects/" + slug).html().select("a[href=" + path + "]"))
        .hasSize(1);
    assertThat(
            new PageClient(http)
                .get("/projects/" + slug + "/synthesis")
                .html()
                .select("a[href=" + path + "]"))
        .hasSize(1);
    assertThat(
            new PageClient(http).signedInAs(citizen()).get(path).html().select("form.answer-form"))
        .isEmpty();

    var officialPage = new PageClient(http).signedInAs(official);
    var form = officialPage.get(path).html().select("#p-" + shared + " form.answer-form");
    assertThat(form).hasSize(1);
    var refused =
        officialPage.post(form.attr("action"), Map.of("decision", "TAKEN_UP", "reason", " "));
    assertThat(refused.status().value()).isEqualTo(400);
    assertThat(refused.html().select("#p-" + shared + " .error").text()).contains("reason");
    var bogus =
        officialPage.post(form.attr("action"), Map.of("decision", "PERHAPS", "reason", "x"));
    assertThat(bogus.status().value()).isEqualTo(400);

    var answered =
        officialPage.post(
            form.attr("action"), Map.of("decision", "TAKEN_UP", "reason", "In the 2027 budget."));
    assertThat(answered.status().value()).isEqualTo(303);
    var shown = officialPage.get(answered.location()).html();
    assertThat(shown.select(".notice").text()).contains("recorded");
    officialPage.post(
        form.attr("action"), Map.of("decision", "DEFERRED", "reason", "After the audit."));

    stage(official, project, "DECIDED");
    var decided = new PageClient(http).get(path).html();
    assertThat(decided.select("#p-" + shared).text())
        .contains(
            "Deferred",
            "After the audit.",
            "The 2 answers given",
            "Taken up",
            "In the 2027 budget.");
    var points = decided.select("li.point");
    assertThat(decided.select("li.point.unanswered")).hasSize(points.size() - 1);
    assertThat(decided.select("li.point.unanswered").text()).contains("Left unanswered");

    var french = new PageClient(http).language("fr").get(path).html();
    assertThat(french.select("#p-" + shared).text()).contains("Reporté", "Retenu");
    assertThat(french.select("h1").text()).contains("Réponses de l'autorité");
  }
}
