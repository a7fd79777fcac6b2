package org.deliberation.web.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The moderators' integrity page: refused to visitors and citizens, linked from the moderation page, and a preview,
 * an invalidation with its reason and its reversal done with plain forms.
 */
class IntegrityPagesIT extends ApiTestSupport {

  @Test
  void aModeratorPreviewsInvalidatesAndReversesWithForms() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Integrity page project");
    var statements = deliberating(official, project, 3);
    var ann = citizen();
    var bob = citizen();
    for (var statement : statements) {
      vote(ann, project, statement, "AGREE");
      vote(bob, project, statement, "DISAGREE");
    }
    var slug = slugOf(project);
    var path = "/projects/" + slug + "/integrity";

    assertThat(new PageClient(http).get(path).location()).startsWith("/login?next=");
    assertThat(new PageClient(http).signedInAs(citizen()).get(path).status().value())
        .isEqualTo(403);

    var moderator = new PageClient(http).signedInAs(withRoles("MODERATOR"));
    assertThat(moderator.get("/moderation").html().select("a[href=" + path + "]")).hasSize(1);
    var page = moderator.get(path);
    assertThat(page.status().value()).isEqualTo(200);
    assertThat(page.html().select("h1").text()).contains("Integrity page project");
    assertThat(page.html().select("#groups-heading").text())
        .isEqualTo("Groups of coordinated accounts");

    await()
        .untilAsserted(
            () -> {
              var form = new LinkedMultiValueMap<String, String>();
              form.add("_csrf", moderator.formToken());
              form.add("participant", bob.id());
              var shown = moderator.postRaw(path + "/preview", form);
              assertThat(shown.status().value()).isEqualTo(200);
              assertThat(shown.html().select("#preview-heading").text()).contains("1 accounts");
              assertThat(
                      shown
                          .html()
                          .select("form[action$=/invalidations] input[name=participant]")
                          .attr("value"))
                  .isEqualTo(bob.id());
            });

    var noReason = new LinkedMultiValueMap<String, String>();
    noReason.add("_csrf", moderator.formToken());
    noReason.add("participant", bob.id());
    noReason.add("reason", "");
    assertThat(moderator.postRaw("/projects/" + slug + "/invalidations", noReason).status().value())
        .isEqualTo(422);

    var confirm = new LinkedMultiValueMap<String, String>();
    confirm.add("_csrf", moderator.formToken());
    confirm.add("participant", bob.id());
    confirm.add("reason", "A second account");
    var recorded = moderator.postRaw("/projects/" + slug + "/invalidations", confirm);
    assertThat(recorded.status().value()).isEqualTo(303);
    var listed = moderator.get(recorded.location()).html();
    assertThat(listed.select(".notice").text()).contains("recorded");
    var card = listed.select("[id^=i-]");
    assertThat(card.text()).contains("In force", "A second account");

    var reverse = card.select("form").attr("action");
    var reversed = moderator.post(reverse, Map.of());
    assertThat(reversed.status().value()).isEqualTo(303);
    assertThat(moderator.get(reversed.location()).html().select("[id^=i-]").text())
        .contains("Reversed");
    assertThat(moderator.post(reverse, Map.of()).status().value())
        .as("reversed once")
        .isEqualTo(409);

    var french = new PageClient(http).language("fr").signedInAs(withRoles("MODERATOR"));
    assertThat(french.get(path).html().select("#groups-heading").text())
        .isEqualTo("Groupes de comptes coordonnés");
  }

  private String slugOf(String project) {
    return (String)
        http.get()
            .uri("/api/projects/{id}", project)
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("slug");
  }
}
