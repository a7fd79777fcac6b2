package org.deliberation.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * Every kind of page, checked in Chromium by Deque's axe-core against WCAG 2.1 A and AA: labels, contrast, headings,
 * landmarks, {@code lang}, names of controls. A page with a violation fails the test, which lists them.
 */
class AccessibilityIT extends ApiTestSupport {

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.deliberation.web.notification.mail.UnsubscribeTokens unsubscribeTokens;

  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(
        Chromium.available(),
        "Debian's chromium and chromium-driver are not installed here (the build "
            + "installs them with apt-get on Debian; elsewhere install them to run the browser tests)");
  }

  private static String axe() throws IOException {
    try (var in =
        AccessibilityIT.class.getResourceAsStream(
            "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyKindOfPageMeetsWcagLevelAa() throws IOException {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Accessible project");
    var slug =
        (String)
            http.get()
                .uri("/api/projects/{id}", project)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("slug");
    http.put()
        .uri("/api/projects/{id}/pages/costs", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(
            Map.of(
                "markdown",
                "# Costs\n\nThe hall costs [3 million](https://example.org).\n",
                "comment",
                "first"))
        .exchange()
        .expectStatus()
        .isCreated();
    http.put()
        .uri("/api/projects/{id}/pages/costs", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .header(HttpHeaders.IF_MATCH, "\"1\"")
        .bodyValue(
            Map.of("markdown", "# Costs\n\nThe hall costs 4 million.\n", "comment", "update"))
        .exchange()
        .expectStatus()
        .isOk();
    var statements = deliberating(official, project, 3);
    var expert = withRoles("EXPERT");
    statement(
        expert,
        project,
        Map.of(
            "text",
            "It will cost more.",
            "kind",
            "VIEWPOINT",
            "stance",
            "AGAINST",
            "sources",
            List.of("https://example.org/a"),
            "relatesTo",
            Map.of("statement", statements.get(0), "relation", "CONTRADICTS")));
    for (int person = 0; person < 8; person++) {
      var voter = citizen();
      for (var statement : statements) {
        vote(voter, project, statement, person % 2 == 0 ? "AGREE" : "DISAGREE");
      }
    }
    var moderator = withRoles("MODERATOR", "EXPERT", "OFFICIAL");
    // Following the project, the moderator has a notification in the inbox page checked below.
    http.put()
        .uri("/api/projects/{id}/follow", project)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .exchange()
        .expectStatus()
        .isOk();
    http.post()
        .uri("/api/projects/{id}/responses", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "The council agrees."))
        .exchange()
        .expectStatus()
        .isCreated();
    var petition = answeredPetition(official);
    var own = contribution(moderator, project, "A statement its author may still edit.");
    var answered = answeredProject(moderator);
    var pages =
        List.of(
            "/petitions",
            "/petitions/new",
            "/petitions/" + petition.get("id"),
            "/authorities/" + petition.get("authority") + "/agenda",
            "/projects/" + slug + "/statements/" + own,
            "/projects/" + slug + "/accountability",
            "/projects/" + answered + "/accountability",
            "/",
            "/projects/" + slug,
            "/projects/" + slug + "/pages/costs",
            "/projects/" + slug + "/pages/costs/history",
            "/projects/" + slug + "/pages/costs/diff?from=1&to=2",
            "/projects/" + slug + "/pages/costs/edit",
            "/projects/" + slug + "/synthesis",
            "/search?q=hall",
            "/moderation",
            "/projects/" + slug + "/integrity",
            "/projects/missing",
            "/notifications",
            "/unsubscribe/"
                + unsubscribeTokens.sign(
                    new org.deliberation.core.follow.FollowId(
                        new org.deliberation.core.common.ParticipantId(moderator.id()),
                        org.deliberation.core.follow.FollowTarget.project(project))));
    var script = axe();
    var violations = new ArrayList<String>();
    try (var chromium = Chromium.start("accessibility", 1280, 1000, "en-GB")) {
      var browser = chromium.driver();
      for (var anonymous :
          List.of(
              "/login",
              "/signup",
              "/?lang=fr",
              "/projects/" + answered + "/accountability?lang=fr")) {
        violations.addAll(check(chromium, script, anonymous));
      }
      browser.get("http://localhost:" + port + "/");
      browser.manage().addCookie(new Cookie("session", moderator.token(), "/"));
      browser.get("http://localhost:" + port + "/?lang=en");
      assertThat(browser.findElement(By.cssSelector(".account .me")).getText())
          .isEqualTo(moderator.displayName());
      for (var page : pages) {
        violations.addAll(check(chromium, script, page));
      }
    }
    assertThat(violations).isEmpty();
  }

  /** A petition past its agenda threshold, answered: its page shows every part (count, thresholds, answer). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> answeredPetition(Session official) {
    var authority = authority("Accessible council", 1, 1);
    var id =
        openPetition(
            citizen(), authority, "An accessible petition", "Ramps at **every** entrance.", "en");
    var petition = Map.<String, Object>of("id", id, "authority", authority);
    http.put()
        .uri("/api/petitions/{id}/signature", id)
        .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
        .exchange()
        .expectStatus()
        .isOk();
    http.post()
        .uri("/api/petitions/{id}/response", id)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "The council **agrees**."))
        .exchange()
        .expectStatus()
        .isCreated();
    return petition;
  }

  /** A project in SYNTHESIS whose consensus has one point answered and revised; returns its slug. */
  @SuppressWarnings("unchecked")
  private String answeredProject(Session official) {
    var project = project(official, "Answered project");
    var statements = deliberating(official, project, 2);
    for (int person = 0; person < 6; person++) {
      var voter = citizen();
      vote(voter, project, statements.get(0), "AGREE");
      vote(voter, project, statements.get(1), person % 2 == 0 ? "AGREE" : "DISAGREE");
    }
    awaitConsensus(project, statements.get(0));
    stage(official, project, "SYNTHESIS");
    var accountability = readJson("/api/projects/{id}/accountability", project);
    var point =
        ((List<Map<String, Object>>) accountability.get("items")).getFirst().get("statement");
    for (var decision : List.of("DEFERRED", "TAKEN_UP")) {
      http.put()
          .uri("/api/projects/{id}/commitments/{sid}", project, point)
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(Map.of("decision", decision, "reason", "Decided: " + decision))
          .exchange()
          .expectStatus()
          .isOk();
    }
    return projectSlug(project);
  }

  private List<String> check(Chromium chromium, String axe, String path) {
    var browser = chromium.driver();
    browser.get("http://localhost:" + port + path);
    var js = (JavascriptExecutor) browser;
    js.executeScript(axe);
    var result =
        js.executeAsyncScript(
            """
        var done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
          .then(function (r) {
            done(r.violations.map(function (v) {
              return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) {
                return n.target.join(' '); }).join(', ');
            }));
          }, function (e) { done(['axe failed: ' + e]); });""");
    chromium.screenshot(path.replaceAll("[^a-z0-9]+", "-"));
    var found = new ArrayList<String>();
    for (var violation : (List<?>) result) {
      found.add(path + ": " + violation);
    }
    return found;
  }
}
