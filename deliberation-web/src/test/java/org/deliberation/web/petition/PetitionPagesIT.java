package org.deliberation.web.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;

/**
 * The petitions' pages with plain forms, no script: a citizen opens a petition, others sign it, the agenda threshold
 * is crossed, and an official finds it on the agenda, answers it and opens a wikiproject from it.
 */
class PetitionPagesIT extends PetitionTestSupport {

  @Test
  void aPetitionGoesFromItsFormToTheAgendaAndIsAnswered() {
    var authority = authority("Council of pages", 1, 2);
    assertThat(new PageClient(http).get("/petitions/new").location()).startsWith("/login?next=");

    var opener = new PageClient(http).signedInAs(citizen());
    var form = opener.get("/petitions/new");
    assertThat(form.html().select("select[name=authority] option[value=" + authority + "]"))
        .hasSize(1);
    var refused =
        opener.post(
            "/petitions",
            Map.of("authority", authority, "title", "", "text", "x", "language", "en"));
    assertThat(refused.status().value()).isEqualTo(400);
    assertThat(refused.html().select("[role=alert]").text()).contains("title");
    var opened =
        opener.post(
            "/petitions",
            Map.of(
                "authority",
                authority,
                "title",
                "A page petition",
                "text",
                "Please **act**.",
                "language",
                "en"));
    assertThat(opened.status().value()).isEqualTo(303);
    var path = opened.location();
    assertThat(path).startsWith("/petitions/");

    var page = new PageClient(http).get(path);
    assertThat(page.html().select("h1").text()).isEqualTo("A page petition");
    assertThat(page.html().select(".prose strong").text()).isEqualTo("act");
    assertThat(page.html().select("#signature-count").text()).isEqualTo("0 signatures");
    assertThat(new PageClient(http).get("/petitions").html().select("a[href=" + path + "]"))
        .hasSize(1);

    for (int i = 0; i < 2; i++) {
      var signer = new PageClient(http).signedInAs(citizen());
      assertThat(signer.get(path).html().select("form[action$=/signature] button").text())
          .isEqualTo("Sign this petition");
      var signed = signer.post(path + "/signature", Map.of());
      assertThat(signed.status().value()).isEqualTo(303);
      var after = signer.get(path).html();
      assertThat(after.select("#signature-count").text())
          .isEqualTo(i == 0 ? "1 signature" : "2 signatures");
      assertThat(after.select("form[action$=/withdrawal]")).hasSize(1);
    }
    var shown = new PageClient(http).get(path).html();
    assertThat(shown.select("[data-threshold=agenda] .reached time")).hasSize(1);

    var agendaPath = "/authorities/" + authority + "/agenda";
    var official = new PageClient(http).signedInAs(withRoles("OFFICIAL"));
    var agenda = official.get(agendaPath).html();
    assertThat(agenda.select("a[href=" + path + "]")).hasSize(1);
    assertThat(new PageClient(http).get(agendaPath).html().select("textarea[name=markdown]"))
        .as("visitors see the agenda, not the answer form")
        .isEmpty();
    var action = agenda.select("form[action$=/response]").attr("action");
    var answered = official.post(action, Map.of("markdown", "The council **agrees**."));
    assertThat(answered.status().value()).isEqualTo(303);
    assertThat(official.get(answered.location()).html().select(".notice").text())
        .contains("published");
    var project = official.post(agenda.select("form[action$=/project]").attr("action"), Map.of());
    assertThat(project.status().value()).isEqualTo(303);
    assertThat(project.location()).startsWith("/projects/");

    var moderator = new PageClient(http).signedInAs(withRoles("MODERATOR"));
    assertThat(moderator.get(path).html().select("#moderation-heading")).hasSize(1);
    assertThat(moderator.post(path + "/moderation", Map.of("action", "HIDE")).status().value())
        .isEqualTo(400);
    var hidden = moderator.post(path + "/moderation", Map.of("action", "HIDE", "reason", "Spam."));
    assertThat(hidden.status().value()).isEqualTo(303);
    assertThat(new PageClient(http).get(path).status().value()).isEqualTo(404);
    assertThat(moderator.get(path).html().select(".notice").text()).contains("hid");
    moderator.post(path + "/moderation", Map.of("action", "RESTORE", "reason", "On appeal."));
    assertThat(new PageClient(http).get(path).status().value()).isEqualTo(200);

    var french = new PageClient(http).language("fr").get(path).html();
    assertThat(french.select("#response-heading").text()).isEqualTo("La réponse de l'autorité");
    assertThat(french.select("a[href^=/projects/]")).hasSize(1);
  }
}
