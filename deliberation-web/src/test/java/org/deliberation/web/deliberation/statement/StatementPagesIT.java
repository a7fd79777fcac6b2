package org.deliberation.web.deliberation.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;

/** A statement's page with plain forms: its author edits it until its first vote and withdraws it; others cannot. */
class StatementPagesIT extends ApiTestSupport {

  @Test
  void theAuthorEditsThenWithdrawsWithFormsAndTheCapacityOfEachAuthorIsShown() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Statement page project");
    var author = citizen();
    var statement = contribution(author, project, "Paint the bridge blue.");
    contribution(official, project, "The council will repaint the bridge.");
    stage(official, project, "DELIBERATION");
    var slug = projectSlug(project);
    var path = "/projects/" + slug + "/statements/" + statement;

    var projectPage = new PageClient(http).get("/projects/" + slug).html();
    assertThat(projectPage.select(".author-role").text()).contains("Citizen", "Authority");
    assertThat(projectPage.select("a[href=" + path + "]")).isEmpty();
    assertThat(
            new PageClient(http)
                .signedInAs(author)
                .get("/projects/" + slug)
                .html()
                .select("a[href=" + path + "]"))
        .hasSize(1);

    var visitor = new PageClient(http).get(path);
    assertThat(visitor.status().value()).isEqualTo(200);
    assertThat(visitor.html().select("form"))
        .noneMatch(form -> form.attr("action").startsWith(path));
    var other = new PageClient(http).signedInAs(citizen());
    assertThat(other.get(path).html().select("form[action=" + path + "/edit]")).isEmpty();
    assertThat(other.post(path + "/withdrawal", Map.of()).status().value()).isEqualTo(403);

    var mine = new PageClient(http).signedInAs(author);
    assertThat(mine.get(path).html().select("form[action=" + path + "/edit]")).hasSize(1);
    var empty = mine.post(path + "/edit", Map.of("text", " "));
    assertThat(empty.status().value()).isEqualTo(400);
    assertThat(empty.html().select(".error").text()).contains("text");
    var saved = mine.post(path + "/edit", Map.of("text", "Paint the bridge green."));
    assertThat(saved.status().value()).isEqualTo(303);
    assertThat(mine.get(saved.location()).html().select(".statement-text").text())
        .isEqualTo("Paint the bridge green.");

    vote(citizen(), project, statement, "AGREE");
    await()
        .untilAsserted(
            () -> {
              var page = mine.get(path).html();
              assertThat(page.select("form[action=" + path + "/edit]")).isEmpty();
              assertThat(page.text()).contains("It has votes");
            });
    assertThat(mine.post(path + "/edit", Map.of("text", "Paint it red.")).status().value())
        .isEqualTo(409);

    var withdrawn = mine.post(path + "/withdrawal", Map.of());
    assertThat(withdrawn.status().value()).isEqualTo(303);
    var after = mine.get(withdrawn.location()).html();
    assertThat(after.text()).contains("Withdrawn by its author");
    assertThat(after.select("form[action=" + path + "/withdrawal]")).isEmpty();
    var french = new PageClient(http).language("fr").get(path).html();
    assertThat(french.text()).contains("Retirée par son auteur", "Citoyen");
  }
}
