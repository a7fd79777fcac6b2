package org.deliberation.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Mail through a real SMTP server in this JVM (GreenMail): who gets it, in which language, and an unsubscribe link
 * that a GET (a mail scanner) does not follow through while a POST (a person's confirmation) stops further mail.
 */
class MailIT extends NotificationTestSupport {

  @Test
  void aFollowerWhoAskedForMailGetsItAndUnsubscribesOnlyByConfirming() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Mailed project", "fr");
    var byMail = citizen();
    var alsoByMail = citizen();
    var inboxOnly = citizen();
    follow(byMail, project, true);
    follow(alsoByMail, project, true);
    follow(inboxOnly, project, false);
    follow(official, project, true);
    awaitFollowers(project, 4);

    stage(official, project, "DELIBERATION");
    await().until(() -> to(byMail).size() == 1 && to(alsoByMail).size() == 1);
    var mail = to(byMail).getFirst();
    assertThat(mail.getSubject())
        .isEqualTo("« Mailed project » est passé à l’étape : Délibération.");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("news@site.test");
    assertThat(mail.getHeader("Content-Language", null)).isEqualTo("fr");
    var body = (String) mail.getContent();
    assertThat(body)
        .contains("« Mailed project » est passé à l’étape : Délibération.")
        .contains(
            "Vous recevez ce courriel parce que vous suivez « Mailed project » par courriel.");
    var header = mail.getHeader("List-Unsubscribe", null);
    assertThat(header).startsWith("<https://site.test/api/unsubscribe/").endsWith(">");
    assertThat(mail.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    var token =
        header.substring("<https://site.test/api/unsubscribe/".length(), header.length() - 1);
    var link = "https://site.test/unsubscribe/" + token;
    assertThat(body).contains(link);
    assertThat(to(inboxOnly)).isEmpty();
    assertThat(to(official)).isEmpty();

    // A scanner opens the link: nothing changes, and the next news is mailed as before.
    var browser = new PageClient(http);
    var path = link.substring("https://site.test".length());
    var asked = browser.get(path);
    assertThat(asked.status().value()).isEqualTo(200);
    assertThat(asked.html().select("form[method=post] button").text()).isEqualTo("Stop following");
    stage(official, project, "SYNTHESIS");
    await().until(() -> to(byMail).size() == 2);

    // A person confirms: no more mail, and no more notifications either.
    var done = browser.post(path, Map.of());
    assertThat(done.status().value()).isEqualTo(200);
    assertThat(done.html().select("[role=status]").text())
        .isEqualTo("You no longer follow “Mailed project”.");
    await().until(() -> followers(project) == 3);
    stage(official, project, "DECIDED");
    await().until(() -> to(alsoByMail).size() == 3);
    // The queue is first in, first out: a mail for the follower who left would have gone before
    // this one.
    http.post()
        .uri("/api/projects/{id}/responses", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "Décidé."))
        .exchange()
        .expectStatus()
        .isCreated();
    await().until(() -> to(alsoByMail).size() == 4);
    assertThat(to(byMail)).hasSize(2);
    assertThat(to(inboxOnly)).isEmpty();

    // The mail client's one click: a POST without cookies nor sign-in to the header's address; a
    // GET does nothing.
    var other = to(alsoByMail).getFirst().getHeader("List-Unsubscribe", null);
    var oneClick = other.substring("<https://site.test".length(), other.length() - 1);
    http.get().uri(oneClick).exchange().expectStatus().is4xxClientError();
    http.post()
        .uri(oneClick)
        .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
        .bodyValue("List-Unsubscribe=One-Click")
        .exchange()
        .expectStatus()
        .isNoContent();
    await().until(() -> followers(project) == 2);
    http.post().uri("/api/unsubscribe/forged.token").exchange().expectStatus().isNotFound();

    // Anything but a link this server signed is no link.
    assertThat(browser.get("/unsubscribe/not-a-token").status().value()).isEqualTo(404);
    var forged = path.substring(0, path.length() - 2) + (path.endsWith("A") ? "BB" : "AA");
    assertThat(browser.get(forged).status().value()).isEqualTo(404);
  }

  private long followers(String project) {
    return followersOf("project:" + project);
  }

  private void awaitFollowers(String project, int count) {
    await().until(() -> followers(project) >= count);
  }
}
