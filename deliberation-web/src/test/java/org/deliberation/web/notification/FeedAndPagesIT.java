package org.deliberation.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.Map;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The public Atom feeds, read back with Rome, and the pages: the follow button, the inbox, the header's count. */
class FeedAndPagesIT extends NotificationTestSupport {

  @Test
  void aProjectsFeedIsValidAtomWithStableIdsAndNoPersonalData() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Fed project", "fr");
    var slug = slug(project);
    http.put()
        .uri("/api/projects/{id}/pages/budget", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "# Budget\n"))
        .exchange()
        .expectStatus()
        .isCreated();
    stage(official, project, "DELIBERATION");
    await().until(() -> feed(slug).getEntries().size() == 2);
    var feed = feed(slug);
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("Fed project");
    assertThat(feed.getUri()).isEqualTo("tag:site.test,2026:project:" + project);
    var newest = feed.getEntries().getFirst();
    assertThat(newest.getTitle()).isEqualTo("« Fed project » est passé à l’étape : Délibération.");
    assertThat(newest.getUri()).startsWith("tag:site.test,2026:project:" + project + "/");
    assertThat(newest.getUpdatedDate()).isNotNull();
    assertThat(newest.getLink()).isEqualTo("https://site.test/projects/" + slug);
    assertThat(feed.getEntries().get(1).getTitle()).contains("budget");
    // The same entries keep their ids when read again.
    assertThat(feed(slug).getEntries())
        .extracting(SyndEntry::getUri)
        .isEqualTo(feed.getEntries().stream().map(SyndEntry::getUri).toList());
    var body = atom("/projects/" + slug + "/feed.atom");
    assertThat(body).doesNotContain(official.displayName()).doesNotContain(official.email());
    http.get().uri("/projects/no-such-project/feed.atom").exchange().expectStatus().isNotFound();
    http.get().uri("/petitions/no-such-petition/feed.atom").exchange().expectStatus().isNotFound();
    var petition =
        new SyndFeedInput()
            .build(new StringReader(atom("/petitions/" + petition() + "/feed.atom")));
    assertThat(petition.getTitle()).isEqualTo("Une piste cyclable");
    assertThat(petition.getEntries()).isEmpty();
  }

  @Test
  void theFollowButtonTheInboxAndTheHeadersCountWorkWithoutScripts() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Followed by form");
    var slug = slug(project);
    var anonymous = new PageClient(http).get("/projects/" + slug);
    assertThat(anonymous.html().select("#follow a[href^=/login]")).hasSize(1);
    assertThat(anonymous.html().select("#follow form")).isEmpty();

    var person = citizen();
    var browser = new PageClient(http).signedInAs(person);
    var page = browser.get("/projects/" + slug);
    assertThat(page.html().select("#follow button[value=follow]").text()).isEqualTo("Follow");
    assertThat(page.html().select("#follow label[for=follow-email]").text())
        .isEqualTo("Also by e-mail");
    assertThat(page.html().select(".inbox-link").text()).isEqualTo("Notifications");
    var followed =
        browser.post("/follows", Map.of("kind", "PROJECT", "target", project, "action", "follow"));
    assertThat(followed.status().value()).isEqualTo(303);
    assertThat(followed.location()).isEqualTo("/projects/" + slug + "?followed#follow");
    await()
        .until(
            () ->
                browser
                        .get("/projects/" + slug)
                        .html()
                        .select("#follow button[value=unfollow]")
                        .size()
                    == 1);
    assertThat(browser.get("/projects/" + slug).html().select(".follow-state").text())
        .isEqualTo("You follow this.");

    stage(official, project, "DELIBERATION");
    awaitInbox(person, 1);
    var inbox = browser.get("/notifications");
    assertThat(inbox.html().select(".inbox-link").text()).isEqualTo("Notifications (1 unread)");
    assertThat(inbox.html().select("ol.notifications li.unread").text())
        .contains("“Followed by form” moved to the stage: Deliberation.");
    var read =
        browser.post(
            "/notifications/read", Map.of("upTo", inbox.html().select("input[name=upTo]").val()));
    assertThat(read.location()).isEqualTo("/notifications?read");
    var after = browser.get("/notifications?read");
    assertThat(after.html().select(".inbox-link").text()).isEqualTo("Notifications");
    assertThat(after.html().select("ol.notifications li.read")).hasSize(1);
    assertThat(after.html().select("form[action=/notifications/read]")).isEmpty();

    var french = new PageClient(http).signedInAs(person).language("fr");
    assertThat(french.get("/notifications").html().select("ol.notifications li").text())
        .contains("« Followed by form » est passé à l’étape : Délibération.");
    assertThat(
            french.get("/projects/" + slug).html().select("#follow button[value=unfollow]").text())
        .isEqualTo("Ne plus suivre");
    browser.get("/projects/" + slug);
    browser.post("/follows", Map.of("kind", "PROJECT", "target", project, "action", "unfollow"));
    await()
        .until(
            () ->
                browser
                        .get("/projects/" + slug)
                        .html()
                        .select("#follow button[value=follow]")
                        .size()
                    == 1);
    // Not signed in, the inbox page sends to the sign-in.
    assertThat(new PageClient(http).get("/notifications").status().is3xxRedirection()).isTrue();
  }

  private String slug(String project) {
    return (String)
        http.get()
            .uri("/api/projects/{id}", project)
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("slug");
  }

  private com.rometools.rome.feed.synd.SyndFeed feed(String slug) throws Exception {
    return new SyndFeedInput().build(new StringReader(atom("/projects/" + slug + "/feed.atom")));
  }

  private String atom(String path) {
    return http.get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.parseMediaType("application/atom+xml"))
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }
}
