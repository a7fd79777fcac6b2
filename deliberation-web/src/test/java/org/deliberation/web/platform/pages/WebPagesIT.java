package org.deliberation.web.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The web pages as a browser without JavaScript sees them: reading everything, the forms, their protection against
 * forgery, sign-in and sign-out, the language, the moderators' queue, and edits that meet someone else's.
 */
class WebPagesIT extends ApiTestSupport {

  private String slugOf(String project) {
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

  private void page(Session author, String project, String name, String markdown) {
    http.put()
        .uri("/api/projects/{id}/pages/{page}", project, name)
        .header(HttpHeaders.AUTHORIZATION, author.bearer())
        .bodyValue(Map.of("markdown", markdown, "comment", "first"))
        .exchange()
        .expectStatus()
        .isCreated();
  }

  @Test
  void everyPageReadsWithoutJavaScriptUnderAStrictContentSecurityPolicy() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Sports hall for Riverside");
    var slug = slugOf(project);
    page(official, project, "costs", "# Costs\n\nThe hall costs **3 million**.\n");
    var statements = deliberating(official, project, 2);
    var expert = withRoles("EXPERT");
    statement(
        expert,
        project,
        Map.of(
            "text",
            "Halls of this size cost 4 million.",
            "kind",
            "VIEWPOINT",
            "stance",
            "AGAINST",
            "sources",
            List.of("https://example.org/costs"),
            "relatesTo",
            Map.of("statement", statements.get(0), "relation", "CONTRADICTS")));
    var browser = new PageClient(http);

    var home = browser.get("/");
    assertThat(home.status().value()).isEqualTo(200);
    assertThat(home.html().select("main a[href=/projects/" + slug + "]").text())
        .isEqualTo("Sports hall for Riverside");
    assertThat(home.html().selectFirst("form[role=search] input[name=q]")).isNotNull();
    var policy = home.headers().getFirst("Content-Security-Policy");
    assertThat(policy)
        .contains("script-src 'self'")
        .contains("style-src 'self'")
        .doesNotContain("unsafe-inline")
        .contains("frame-ancestors 'none'");

    // Statements reach the live state a moment after they are stored.
    await()
        .untilAsserted(
            () ->
                assertThat(browser.get("/projects/" + slug).html().select(".versus")).isNotEmpty());
    var projectPage = browser.get("/projects/" + slug);
    assertThat(projectPage.html().select(".vote-card .statement-text").eachText())
        .contains("Statement number 0", "Statement number 1", "Halls of this size cost 4 million.");
    assertThat(projectPage.html().select(".vote-form button[name=vote]").eachAttr("value"))
        .contains("AGREE", "DISAGREE", "PASS");
    var versus = projectPage.html().selectFirst(".versus");
    assertThat(versus.text())
        .contains("Statement number 0")
        .contains("Halls of this size cost 4 million.");
    assertThat(projectPage.html().select(".viewpoint .sources a").attr("rel")).contains("nofollow");
    assertThat(projectPage.html().select(".timeline li")).hasSize(2);
    // No inline script or style anywhere: the policy would block them.
    assertThat(projectPage.html().select("script:not([src])")).isEmpty();
    assertThat(projectPage.html().select("[style]")).isEmpty();

    var costs = browser.get("/projects/" + slug + "/pages/costs");
    assertThat(costs.html().select("article.markdown strong").text()).isEqualTo("3 million");
    assertThat(
            browser
                .get("/projects/" + slug + "/pages/costs/history")
                .html()
                .select("table.history tbody tr"))
        .hasSize(1);
    assertThat(
            browser.get("/projects/" + slug + "/synthesis").html().selectFirst("#synthesis-counts"))
        .isNotNull();
    await()
        .untilAsserted(
            () -> assertThat(browser.get("/search?q=hall").html().select(".result")).isNotEmpty());
  }

  @Test
  void textFromPeopleIsNeverInsertedAsHtml() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "A <b>bold</b> <script>alert('title')</script> project");
    var slug = slugOf(project);
    page(
        official,
        project,
        "notes",
        "# Notes\n\n<script>alert(1)</script> [x](javascript:alert(2))\n");
    stage(official, project, "DELIBERATION");
    contribution(citizen(), project, "<img src=x onerror=alert(3)> is my idea");
    var browser = new PageClient(http);

    await()
        .untilAsserted(
            () ->
                assertThat(browser.get("/projects/" + slug).body())
                    .doesNotContain("<img src=x")
                    .doesNotContain("<script>alert")
                    .contains("&lt;img src=x onerror=alert(3)&gt; is my idea"));
    var projectPage = browser.get("/projects/" + slug);
    assertThat(projectPage.html().selectFirst("h1").text())
        .isEqualTo("A <b>bold</b> <script>alert('title')</script> " + "project");
    var notes = browser.get("/projects/" + slug + "/pages/notes");
    assertThat(notes.body()).doesNotContain("<script>alert(1)").doesNotContain("javascript:");
    await()
        .untilAsserted(
            () ->
                assertThat(browser.get("/search?q=idea").body())
                    .doesNotContain("<img src=x")
                    .contains("<mark>"));
  }

  @Test
  void aFormWithoutItsAntiForgeryTokenChangesNothing() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Forgery test");
    var slug = slugOf(project);
    var statements = deliberating(official, project, 1);
    var voter = citizen();
    var browser = new PageClient(http).signedInAs(voter);
    browser.get("/projects/" + slug);

    var noToken = new LinkedMultiValueMap<String, String>();
    noToken.add("kind", "CONTRIBUTION");
    noToken.add("text", "Posted by another site");
    assertThat(browser.postRaw("/projects/" + slug + "/statements", noToken).status().value())
        .isEqualTo(403);
    noToken.add("_csrf", "forged");
    assertThat(browser.postRaw("/projects/" + slug + "/statements", noToken).status().value())
        .isEqualTo(403);
    var list =
        http.get()
            .uri("/api/projects/{id}/statements", project)
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat((List<?>) list.get("items")).hasSize(1);

    // A pair of cookie and token made by someone else's visit, planted in this browser, does not
    // match its session.
    var stranger = new PageClient(http);
    stranger.get("/projects/" + slug);
    var planted = new LinkedMultiValueMap<String, String>();
    planted.add("_csrf", stranger.formToken());
    planted.add("kind", "CONTRIBUTION");
    planted.add("text", "Planted");
    var victim =
        new PageClient(http).signedInAs(voter).withCookie("form-key", stranger.cookie("form-key"));
    assertThat(victim.postRaw("/projects/" + slug + "/statements", planted).status().value())
        .isEqualTo(403);

    var posted =
        browser.post(
            "/projects/" + slug + "/statements",
            Map.of("kind", "CONTRIBUTION", "text", "Posted from the page"));
    assertThat(posted.status().value()).isEqualTo(303);
    assertThat(posted.location()).startsWith("/projects/" + slug + "?posted=");

    // A script's API call that relies on the cookie needs the token header; a bearer client needs
    // none.
    var voteUri = "/api/projects/" + project + "/statements/" + statements.get(0) + "/vote";
    browser
        .api(HttpMethod.PUT, voteUri, false)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("vote", "AGREE"))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    browser
        .api(HttpMethod.PUT, voteUri, true)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("vote", "AGREE"))
        .exchange()
        .expectStatus()
        .isOk();
    http.put()
        .uri(voteUri)
        .header(HttpHeaders.AUTHORIZATION, voter.bearer())
        .bodyValue(Map.of("vote", "DISAGREE"))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void votingWithoutJavaScriptIsAFormPostAndTheCardIsThenDone() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Vote by form");
    var slug = slugOf(project);
    var statements = deliberating(official, project, 2);
    var browser = new PageClient(http).signedInAs(citizen());
    await()
        .untilAsserted(
            () ->
                assertThat(browser.get("/projects/" + slug).html().select(".vote-card"))
                    .hasSize(2));

    var voted =
        browser.post(
            "/projects/" + slug + "/statements/" + statements.get(0) + "/vote",
            Map.of("vote", "AGREE"));
    assertThat(voted.status().value()).isEqualTo(303);
    await()
        .untilAsserted(
            () -> {
              var page = browser.get("/projects/" + slug);
              assertThat(page.html().select(".vote-card")).hasSize(1);
              assertThat(page.html().select("#s-" + statements.get(0) + " .counts").text())
                  .startsWith("1 agree");
            });
    await()
        .untilAsserted(
            () ->
                assertThat(
                        browser
                            .get("/")
                            .html()
                            .selectFirst("a[href=\"/projects/" + slug + "\"]")
                            .closest("article")
                            .select(".meta")
                            .text())
                    .contains("1 participants · 1 votes"));
    var refused =
        browser.post(
            "/projects/" + slug + "/statements/" + statements.get(1) + "/vote",
            Map.of("vote", "MAYBE"));
    assertThat(refused.status().value()).isEqualTo(400);
    assertThat(refused.html().select("#vote .error").text()).contains("vote");
    stage(official, project, "SYNTHESIS");
    var closed =
        browser.post(
            "/projects/" + slug + "/statements/" + statements.get(1) + "/vote",
            Map.of("vote", "AGREE"));
    assertThat(closed.status().value()).isEqualTo(409);
    assertThat(closed.html().select("#vote .error").text()).contains("DELIBERATION");
  }

  @Test
  void signInKeepsTheSessionInAProtectedCookieAndSignOutEndsItOnTheServer() {
    var person = citizen();
    var browser = new PageClient(http);
    browser.get("/login");
    var wrong =
        browser.post(
            "/login", Map.of("email", person.email(), "password", "not the password", "next", "/"));
    assertThat(wrong.status().value()).isEqualTo(401);
    assertThat(wrong.html().select("input[name=email]").val()).isEqualTo(person.email());
    assertThat(wrong.html().select(".error").text()).isNotBlank();

    var result =
        http.post()
            .uri("/login")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .cookie("form-key", browser.cookie("form-key"))
            .bodyValue(
                "_csrf="
                    + browser.formToken()
                    + "&email="
                    + person.email()
                    + "&password=long+enough+password&next=%2F%2Fevil.example%2F")
            .exchange()
            .expectStatus()
            .isSeeOther()
            .expectBody()
            .returnResult();
    assertThat(result.getResponseHeaders().getLocation()).hasToString("/");
    for (var elsewhere :
        List.of("/%7Bcsrf%7D", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example", "/a%20b")) {
      var again =
          http.post()
              .uri("/login")
              .contentType(MediaType.APPLICATION_FORM_URLENCODED)
              .cookie("form-key", browser.cookie("form-key"))
              .bodyValue(
                  "_csrf="
                      + browser.formToken()
                      + "&email="
                      + person.email()
                      + "&password=long+enough+password&next="
                      + elsewhere)
              .exchange()
              .expectStatus()
              .isSeeOther()
              .expectBody()
              .returnResult();
      assertThat(again.getResponseHeaders().getLocation()).as(elsewhere).hasToString("/");
    }
    var cookie = result.getResponseCookies().getFirst("session");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Lax");
    var token = cookie.getValue();

    var signedIn = new PageClient(http);
    signedIn.signedInAs(new Session(person.id(), person.email(), person.displayName(), token));
    assertThat(signedIn.get("/").html().select(".account .me").text())
        .isEqualTo(person.displayName());
    var out = signedIn.post("/logout", Map.of());
    assertThat(out.status().value()).isEqualTo(303);
    assertThat(signedIn.cookie("session")).isNull();
    http.get()
        .uri("/api/participants/me")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void signUpFromThePageSignsInAndReturnsWhereThePersonWas() {
    var browser = new PageClient(http);
    browser.get("/signup?next=/search");
    var email = "new-" + java.util.UUID.randomUUID() + "@test.example";
    var tooShort =
        browser.post(
            "/signup",
            Map.of(
                "displayName", "Camille", "email", email, "password", "short", "next", "/search"));
    assertThat(tooShort.status().value()).isEqualTo(400);
    assertThat(tooShort.html().select("input[name=displayName]").val()).isEqualTo("Camille");
    assertThat(tooShort.html().select(".error").text()).contains("password");
    var done =
        browser.post(
            "/signup",
            Map.of(
                "displayName",
                "Camille",
                "email",
                email,
                "password",
                "a long enough password",
                "next",
                "/search"));
    assertThat(done.status().value()).isEqualTo(303);
    assertThat(done.location()).isEqualTo("/search");
    assertThat(browser.get("/search").html().select(".account .me").text()).isEqualTo("Camille");
  }

  @Test
  void theLanguageFollowsTheBrowserUntilThePersonChooses() {
    var browser = new PageClient(http).language("fr-FR,fr;q=0.9,en;q=0.5");
    var french = browser.get("/");
    assertThat(french.html().selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(french.html().selectFirst("h1").text()).isEqualTo("Wikiprojets");
    var english = browser.get("/?lang=en");
    assertThat(english.html().selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(browser.get("/").html().selectFirst("h1").text())
        .as("the choice is remembered")
        .isEqualTo("Wikiprojects");
    assertThat(new PageClient(http).language("de").get("/").html().selectFirst("html").attr("lang"))
        .isEqualTo("en");
  }

  @Test
  void moderatorsWorkTheQueueAndVerifyExperts() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Moderated project");
    var slug = slugOf(project);
    var statements = deliberating(official, project, 2);
    var reporter = new PageClient(http).signedInAs(citizen());
    reporter.get("/projects/" + slug);
    var flagged =
        reporter.post(
            "/projects/" + slug + "/statements/" + statements.get(1) + "/flags",
            Map.of("reason", "insulting"));
    assertThat(flagged.status().value()).isEqualTo(303);

    assertThat(new PageClient(http).get("/moderation").location())
        .isEqualTo("/login?next=%2Fmoderation");
    assertThat(new PageClient(http).signedInAs(citizen()).get("/moderation").status().value())
        .isEqualTo(403);

    var moderator = new PageClient(http).signedInAs(withRoles("MODERATOR"));
    await()
        .untilAsserted(
            () ->
                assertThat(
                        moderator
                            .get("/moderation")
                            .html()
                            .select("#m-" + statements.get(1) + " .flags")
                            .text())
                    .contains("insulting"));
    assertThat(
            moderator
                .get("/moderation")
                .html()
                .select("#m-" + statements.get(1) + " .independent-reporters")
                .text())
        .startsWith("from 1 independent people");
    assertThat(hide(moderator, project, statements.get(1), "").status().value()).isEqualTo(400);
    assertThat(hide(moderator, project, statements.get(1), "insults a neighbour").status().value())
        .isEqualTo(303);
    var view =
        http.get()
            .uri("/api/projects/{id}/statements/{sid}", project, statements.get(1))
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(view.get("hidden")).isEqualTo(true);
    assertThat(view.get("moderation").toString()).contains("insults a neighbour");
    await()
        .untilAsserted(
            () ->
                assertThat(new PageClient(http).get("/projects/" + slug).body())
                    .doesNotContain("Statement number 1"));

    var expert = citizen();
    assertThat(
            moderator
                .post("/moderation/experts", Map.of("email", "nobody@test.example"))
                .status()
                .value())
        .isEqualTo(404);
    assertThat(
            moderator.post("/moderation/experts", Map.of("email", expert.email())).status().value())
        .isEqualTo(303);
    var roles =
        http.get()
            .uri("/api/participants/me")
            .header(HttpHeaders.AUTHORIZATION, expert.bearer())
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("roles");
    assertThat(roles.toString()).contains("EXPERT");
  }

  @Test
  void anEditThatMeetsAnotherIsMergedOrShownWithThePersonsTextKept() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Edits meet");
    var slug = slugOf(project);
    page(official, project, "plan", "# Plan\n\nOne.\n\nTwo.\n\nThree.\n");
    assertThat(new PageClient(http).get("/projects/" + slug + "/pages/plan/edit").location())
        .as("sign in before writing")
        .startsWith("/login?next=");
    var browser = new PageClient(http).signedInAs(citizen());
    var editor = browser.get("/projects/" + slug + "/pages/plan/edit");
    assertThat(editor.html().select("input[name=base]").val()).isEqualTo("1");

    var preview =
        browser.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of(
                "base",
                "1",
                "action",
                "preview",
                "markdown",
                "# Plan\n\n**One.**\n\nTwo.\n\nThree.\n",
                "comment",
                ""));
    assertThat(preview.html().select(".preview strong").text()).isEqualTo("One.");

    // Someone else changes the last paragraph meanwhile: no overlap, merged silently.
    http.put()
        .uri("/api/projects/{id}/pages/plan", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .header(HttpHeaders.IF_MATCH, "\"1\"")
        .bodyValue(
            Map.of("markdown", "# Plan\n\nOne.\n\nTwo.\n\nThree, revised.\n", "comment", "theirs"))
        .exchange()
        .expectStatus()
        .isOk();
    var merged =
        browser.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of(
                "base",
                "1",
                "action",
                "save",
                "markdown",
                "# Plan\n\nOne, mine.\n\nTwo.\n\nThree.\n",
                "comment",
                "mine"));
    assertThat(merged.status().value()).isEqualTo(303);
    assertThat(merged.location()).contains("saved=3").contains("merged=true");
    assertThat(browser.get(merged.location()).html().select("article.markdown").text())
        .contains("One, mine.")
        .contains("Three, revised.");

    // Then both change the same paragraph: the conflict is shown and the person's text stays in the
    // editor.
    http.put()
        .uri("/api/projects/{id}/pages/plan", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .header(HttpHeaders.IF_MATCH, "\"3\"")
        .bodyValue(
            Map.of(
                "markdown", "# Plan\n\nOne, theirs.\n\nTwo.\n\nThree, revised.\n", "comment", "x"))
        .exchange()
        .expectStatus()
        .isOk();
    var mine = "# Plan\n\nOne, definitely mine.\n\nTwo.\n\nThree, revised.\n";
    var conflict =
        browser.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of("base", "3", "action", "save", "markdown", mine, "comment", "again"));
    assertThat(conflict.status().value()).isEqualTo(409);
    assertThat(conflict.html().select("textarea[name=markdown]").val().strip())
        .isEqualTo(mine.strip());
    assertThat(conflict.html().select(".conflict .diff").text()).contains("One, theirs.");
    assertThat(conflict.html().select("input[name=base]").val()).isEqualTo("4");
    var resolved =
        browser.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of("base", "4", "action", "save", "markdown", mine, "comment", "resolved"));
    assertThat(resolved.status().value()).isEqualTo(303);
    assertThat(resolved.location()).contains("saved=5");

    // Too long for a page: refused beside the text; too large for a form: refused before it is
    // read.
    var tooLong =
        browser.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of("base", "5", "action", "save", "markdown", "x".repeat(70_000), "comment", ""));
    assertThat(tooLong.status().value()).isEqualTo(413);
    assertThat(tooLong.html().select(".error").text()).contains("65536 bytes");
    var tooLarge =
        browser.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of("base", "5", "action", "save", "markdown", "x".repeat(600_000), "comment", ""));
    assertThat(tooLarge.status().value()).isEqualTo(413);
    assertThat(tooLarge.headers().getConnection())
        .as("its unread rest ends the connection")
        .contains("close");
    assertThat(
            browser
                .get("/projects/" + slug + "/pages/plan")
                .html()
                .select("article.markdown")
                .text())
        .contains("One, definitely mine.");
  }

  @Test
  void theEditorOfADecidedProjectsPageSaysItIsReadOnlyAndShowsTheRefusal() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Decided plan");
    var slug = slugOf(project);
    page(official, project, "plan", "# Plan\n\nBuild it.\n");
    for (var next : List.of("DELIBERATION", "SYNTHESIS", "DECIDED")) {
      stage(official, project, next);
    }
    var browser = new PageClient(http).signedInAs(citizen());

    await()
        .untilAsserted(
            () ->
                assertThat(
                        browser
                            .get("/projects/" + slug + "/pages/plan/edit")
                            .html()
                            .select("p.error[role=alert]")
                            .text())
                    .contains("read-only"));
    var refused =
        browser.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of(
                "base",
                "1",
                "action",
                "save",
                "markdown",
                "# Plan\n\nDo not build it.\n",
                "comment",
                "changed my mind"));
    assertThat(refused.status().value()).isEqualTo(403);
    assertThat(refused.html().select("p.error[role=alert]").text())
        .contains("decided", "read-only");
    assertThat(refused.html().select("textarea[name=markdown]").text())
        .contains("Do not build it.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSynthesisPageTravelsThroughAnImportedConversationsOwnHistory() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Imported history");
    var slug = slugOf(project);
    // A conversation held before the project existed: its votes run over eight days, ending two
    // days ago.
    long start = java.time.Instant.now().minus(java.time.Duration.ofDays(10)).toEpochMilli();
    long day = java.time.Duration.ofDays(1).toMillis();
    var comments =
        new StringBuilder(
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,"
                + "comment-body\n");
    for (int c = 0; c < 3; c++) {
      comments
          .append(start)
          .append(",x,")
          .append(c)
          .append(",0,0,0,1,\"Imported statement ")
          .append(c)
          .append("\"\n");
    }
    var votes = new StringBuilder("timestamp,datetime,comment-id,voter-id,vote\n");
    for (int voter = 0; voter < 8; voter++) {
      for (int c = 0; c < 3; c++) {
        votes
            .append(start + voter * day + c)
            .append(",x,")
            .append(c)
            .append(',')
            .append(voter + 1)
            .append(",1\n");
      }
    }
    var body = new org.springframework.http.client.MultipartBodyBuilder();
    body.part("comments", comments.toString().getBytes(StandardCharsets.UTF_8))
        .filename("comments.csv");
    body.part("votes", votes.toString().getBytes(StandardCharsets.UTF_8)).filename("votes.csv");
    http.post()
        .uri("/api/projects/{id}/import/polis", project)
        .header(HttpHeaders.AUTHORIZATION, withRoles("MODERATOR").bearer())
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .bodyValue(body.build())
        .exchange()
        .expectStatus()
        .isAccepted();
    await()
        .untilAsserted(
            () ->
                assertThat(
                        http.get()
                            .uri("/api/projects/{id}/synthesis", project)
                            .exchange()
                            .expectBody(Map.class)
                            .returnResult()
                            .getResponseBody())
                    .containsEntry("votes", 24));

    // The API's participation starts at the earliest vote, and so does the page's slider; the chart
    // spreads the votes.
    var participation =
        http.get()
            .uri("/api/projects/{id}/participation?spans=24", project)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(participation.get("from"))
        .isEqualTo(java.time.Instant.ofEpochMilli(start).toString());
    var spans = (List<Map<String, Object>>) participation.get("spans");
    assertThat(spans).hasSize(24);
    assertThat(spans.stream().filter(span -> (Integer) span.get("votes") > 0).count())
        .isGreaterThan(4);
    var page = new PageClient(http).get("/projects/" + slug + "/synthesis");
    // Each statement listed says how far it is supported across the divide, in plain words.
    assertThat(page.html().selectFirst("#bridging-help").text())
        .startsWith("Support across the divide is how much people on both sides");
    assertThat(page.html().select(".scored .bridging").eachText())
        .isNotEmpty()
        .allMatch(text -> text.startsWith("Support across the divide: "));
    var french = new PageClient(http).language("fr").get("/projects/" + slug + "/synthesis").html();
    assertThat(french.select(".scored .bridging").eachText())
        .allMatch(text -> text.startsWith("Soutien de part et d'autre du clivage : "));
    assertThat(french.select("[style]")).as("no inline style: the policy blocks it").isEmpty();
    var slider = page.html().selectFirst("#slider");
    assertThat(Long.parseLong(slider.attr("min"))).isEqualTo(start / 1000);
    assertThat(Long.parseLong(slider.attr("max"))).isGreaterThan(start / 1000 + 9 * 86_400);
    var rows = page.html().select("#participation-table tbody tr");
    assertThat(rows).hasSize(24);
    assertThat(rows.stream().filter(row -> !row.child(1).text().equals("0")).count())
        .isGreaterThan(4);
    assertThat(rows.getFirst().child(1).text()).isNotEqualTo("24");

    // Half-way through the conversation, the synthesis holds the votes cast by then.
    var halfWay =
        start / 1000 + 4 * 86_400 + 3_600; // after the fifth voter's votes, before the sixth's
    var past = new PageClient(http).get("/projects/" + slug + "/synthesis?t=" + halfWay);
    assertThat(past.status().value()).isEqualTo(200);
    assertThat(past.html().selectFirst("#slider").attr("value")).isEqualTo(Long.toString(halfWay));
    assertThat(past.html().selectFirst("#synthesis-counts").text()).contains("15 votes");
  }

  @Test
  void anOfficialOpensAProjectAndPublishesTheAuthoritysResponse() {
    var official = new PageClient(http).signedInAs(withRoles("OFFICIAL"));
    assertThat(official.get("/").html().select("form[action=/projects] input[name=title]"))
        .hasSize(1);
    var title =
        "Bike lanes on Main Street " + java.util.UUID.randomUUID().toString().substring(0, 8);
    var missing =
        official.post(
            "/projects",
            Map.of("title", title, "question", "", "authority", "Council", "language", "en"));
    assertThat(missing.status().value()).isEqualTo(400);
    assertThat(missing.html().select("input[name=title]").val()).isEqualTo(title);
    var opened =
        official.post(
            "/projects",
            Map.of(
                "title",
                title,
                "question",
                "Should Main Street get bike lanes?",
                "authority",
                "Town council",
                "language",
                "en"));
    assertThat(opened.status().value()).isEqualTo(303);
    var path = opened.location();
    assertThat(official.get(path).html().selectFirst("h1").text()).isEqualTo(title);

    var tooLong = "Our answer. ".repeat(7_000);
    var refused = official.post(path + "/responses", Map.of("markdown", tooLong));
    assertThat(refused.status().value()).isEqualTo(413);
    assertThat(refused.html().select("#response-text").val().strip()).isEqualTo(tooLong.strip());
    var published =
        official.post(path + "/responses", Map.of("markdown", "The council **agrees**.\r\n"));
    assertThat(published.status().value()).isEqualTo(303);
    assertThat(official.get(path).html().select("#responses strong").text()).isEqualTo("agrees");

    var citizen = new PageClient(http).signedInAs(citizen());
    assertThat(citizen.get("/").html().select("form[action=/projects]")).isEmpty();
    var denied =
        citizen.post(
            "/projects",
            Map.of("title", "Mine", "question", "Q?", "authority", "A", "language", "fr"));
    assertThat(denied.status().value()).isEqualTo(403);
    assertThat(denied.html().select(".error").text()).contains("Only officials");
  }

  @Test
  void failuresArePagesInPlainWordsNeverStackTraces() {
    var browser = new PageClient(http);
    var nowhere = browser.get("/no/such/address");
    assertThat(nowhere.status().value()).isEqualTo(404);
    assertThat(nowhere.html().selectFirst("h1").text())
        .isEqualTo("There is no page at this address");
    assertThat(browser.get("/").headers().getCacheControl()).isEqualTo("no-store");
    var missing = browser.get("/projects/no-such-project");
    assertThat(missing.status().value()).isEqualTo(404);
    assertThat(missing.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(missing.html().select(".error-detail").text()).contains("no-such-project");
    assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
    var official = withRoles("OFFICIAL");
    var slug = slugOf(project(official, "Errors"));
    assertThat(browser.get("/projects/" + slug + "/pages/Not_A_Name").status().value())
        .isEqualTo(404);
    assertThat(browser.get("/projects/" + slug + "/synthesis?at=yesterday").status().value())
        .isEqualTo(400);
    assertThat(browser.get("/projects/" + slug + "/synthesis?t=99999999999999999").status().value())
        .isEqualTo(200);
    assertThat(browser.get("/projects/" + slug + "/synthesis?t=soon").status().value())
        .isEqualTo(400);
    assertThat(browser.get("/projects/" + slug + "/pages/costs?revision=x").status().value())
        .isEqualTo(400);
    assertThat(browser.get("/search?q=%22%22%22").status().value()).isLessThan(500);
    var tooLong = browser.get("/search?q=" + "word+".repeat(2000));
    assertThat(tooLong.status().value()).isEqualTo(414);
    assertThat(tooLong.html().selectFirst("h1").text()).isEqualTo("This address is too long");
    var anonymousPost = browser.get("/projects/" + slug);
    assertThat(anonymousPost.status().value()).isEqualTo(200);
    assertThat(
            browser
                .post(
                    "/projects/" + slug + "/statements",
                    Map.of("kind", "CONTRIBUTION", "text", "hi"))
                .location())
        .startsWith("/login?next=");
  }

  /** A moderator hides a statement from the moderation page's form. */
  private static PageClient.Page hide(
      PageClient moderator, String project, String statement, String reason) {
    return moderator.post(
        "/moderation/decisions",
        Map.of("project", project, "statement", statement, "action", "HIDE", "reason", reason));
  }
}
