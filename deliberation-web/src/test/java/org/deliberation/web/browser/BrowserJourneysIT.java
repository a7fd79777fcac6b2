package org.deliberation.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * The main journeys in a real browser, headless Chromium, against the server on the embedded store: a citizen on a
 * phone edits a page and votes card by card; an expert posts a viewpoint that contradicts another; an official
 * watches the synthesis change live as votes arrive, travels back in time, and prints it. Screenshots and the PDF
 * are kept in {@code target/browser-artifacts}.
 */
class BrowserJourneysIT extends ApiTestSupport {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @LocalServerPort int port;

  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(
        Chromium.available(),
        "Debian's chromium and chromium-driver are not installed here (the build "
            + "installs them with apt-get on Debian; elsewhere install them to run the browser journeys)");
  }

  private String at(String path) {
    return "http://localhost:" + port + path;
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

  private Map<?, ?> statementView(String project, String statement) {
    return http.get()
        .uri("/api/projects/{id}/statements/{sid}", project, statement)
        .exchange()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void aCitizenOnAPhoneSignsUpEditsAPageAndVotesCardByCard() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Gymnase des Tilleuls");
    var slug = slugOf(project);
    http.put()
        .uri("/api/projects/{id}/pages/costs", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "# Costs\n\nThe hall costs 3 million.\n", "comment", "first"))
        .exchange()
        .expectStatus()
        .isCreated();
    var statements = deliberating(official, project, 3);

    try (var chromium = Chromium.start("citizen", 390, 844, "fr-FR")) {
      var browser = chromium.driver();
      var wait = chromium.waiting(PATIENCE);
      browser.get(at("/signup?next=/projects/" + slug));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
      // The keyboard reaches the page: the first stop is the link that skips to the content.
      browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
      assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
      var email = "camille-" + java.util.UUID.randomUUID() + "@test.example";
      browser.findElement(By.id("displayName")).sendKeys("Camille");
      browser.findElement(By.id("email")).sendKeys(email);
      browser.findElement(By.id("password")).sendKeys("un mot de passe assez long");
      chromium.screenshot("signup");
      browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(at("/projects/" + slug)));
      assertThat(browser.findElement(By.cssSelector(".account .me")).getText())
          .isEqualTo("Camille");
      chromium.screenshot("project");

      browser.findElement(By.linkText("Costs")).click();
      browser.findElement(By.linkText("Modifier")).click();
      var text = browser.findElement(By.id("markdown"));
      text.clear();
      text.sendKeys("# Costs\n\nThe hall costs **3.4 million**, with the car park.\n");
      // The preview comes by itself once typing stops, with how easy the draft is to read.
      // The live preview may be replaced more than once while typing goes on: these conditions
      // look the element up again each time rather than holding one that the script replaced.
      wait.until(
          ExpectedConditions.textToBe(
              By.cssSelector("#preview-area .preview strong"), "3.4 million"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#preview-area .readability-score"), "facilité de lecture"));
      browser.findElement(By.id("comment")).sendKeys("car park added");
      browser.findElement(By.cssSelector("button[value=preview]")).click();
      // The preview button posts the form: wait for the new page before reading it.
      wait.until(ExpectedConditions.stalenessOf(text));
      wait.until(ExpectedConditions.textToBe(By.cssSelector(".preview strong"), "3.4 million"));
      chromium.screenshot("preview");
      browser.findElement(By.cssSelector("button[value=save]")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
      assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("révision 2");
      assertThat(browser.findElement(By.cssSelector("article.markdown strong")).getText())
          .isEqualTo("3.4 million");
      chromium.screenshot("saved");
      var stored =
          http.get()
              .uri("/api/projects/{id}/pages/costs", project)
              .exchange()
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody();
      assertThat(stored.get("markdown"))
          .isEqualTo("# Costs\n\nThe hall costs **3.4 million**, with the car park.\n");

      browser.get(at("/projects/" + slug + "#vote"));
      var votes = List.of("AGREE", "DISAGREE", "PASS");
      for (int card = 0; card < 3; card++) {
        // One card at a time: the others wait their turn.
        var shown =
            wait.until(
                driver -> {
                  var visible =
                      driver.findElements(By.cssSelector(".vote-card")).stream()
                          .filter(WebElement::isDisplayed)
                          .toList();
                  return visible.size() == 1 ? visible.getFirst() : null;
                });
        assertThat(shown.getText()).contains("Statement number " + card);
        if (card == 0) {
          chromium.screenshot("card");
        }
        shown.findElement(By.cssSelector("button[value=" + votes.get(card) + "]")).click();
        int left = 2 - card;
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("deck-status"), left + " propositions restent"));
        var next = left > 0 ? "Statement number " + (card + 1) : null;
        // The focus moves to the next statement, then to the end of the deck (a timeout here fails
        // the journey).
        ExpectedCondition<Boolean> focusMoved =
            driver -> {
              var focused = driver.switchTo().activeElement();
              return next != null
                  ? focused.getText().contains(next)
                  : focused.getAttribute("class").contains("deck-done");
            };
        wait.until(focusMoved);
      }
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".deck-done")));
      chromium.screenshot("all-voted");
      assertThat(browser.getCurrentUrl())
          .as("votes went to the API without a reload")
          .endsWith("#vote");
      assertThat(chromium.consoleErrors())
          .as("nothing refused by the Content Security Policy")
          .isEmpty();
    }
    var counts = List.of("agree", "disagree", "pass");
    for (int i = 0; i < 3; i++) {
      var index = i;
      await()
          .untilAsserted(
              () ->
                  assertThat(
                          ((Map<?, ?>) statementView(project, statements.get(index)).get("counts"))
                              .get(counts.get(index)))
                      .isEqualTo(1));
    }
  }

  @Test
  void anExpertPostsASourcedViewpointThatContradictsAnother() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "School calendar reform");
    var slug = slugOf(project);
    var first = withRoles("EXPERT");
    var claim =
        statement(
            first,
            project,
            Map.of(
                "text",
                "A shorter summer break improves learning.",
                "kind",
                "VIEWPOINT",
                "stance",
                "FOR",
                "sources",
                List.of("https://example.org/study-a")));
    var expert = withRoles("EXPERT");

    try (var chromium = Chromium.start("expert", 1280, 1000, "en-GB")) {
      var browser = chromium.driver();
      var wait = chromium.waiting(PATIENCE);
      browser.get(at("/login?next=/projects/" + slug));
      browser.findElement(By.id("email")).sendKeys(expert.email());
      browser.findElement(By.id("password")).sendKeys("long enough password");
      browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(at("/projects/" + slug)));

      browser.findElement(By.cssSelector("details.form-panel summary")).click();
      browser
          .findElement(By.id("viewpoint-text"))
          .sendKeys(
              "Studies of calendar reforms find no lasting effect "
                  + "of the summer break's length on learning.");
      new Select(browser.findElement(By.id("viewpoint-stance"))).selectByValue("AGAINST");
      browser
          .findElement(By.id("viewpoint-sources"))
          .sendKeys("https://example.org/review-2024\n" + "https://example.org/ministry-data");
      browser
          .findElement(By.id("viewpoint-interests"))
          .sendKeys("None: university researcher, publicly funded.");
      new Select(browser.findElement(By.id("viewpoint-relates"))).selectByValue(claim);
      new Select(browser.findElement(By.id("viewpoint-relation"))).selectByValue("CONTRADICTS");
      chromium.screenshot("form");
      browser.findElement(By.cssSelector("#viewpoint-form button[type=submit]")).click();

      var versus =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".versus")));
      assertThat(versus.getText())
          .contains("A shorter summer break improves learning.")
          .contains("Studies of calendar reforms find no lasting effect");
      var sides = versus.findElements(By.cssSelector("article"));
      assertThat(sides).hasSize(2);
      var left = sides.get(0).getRect();
      var right = sides.get(1).getRect();
      assertThat(left.getX() + left.getWidth())
          .as("side by side on a wide screen")
          .isLessThan(right.getX());
      assertThat(left.getY()).isLessThan(right.getY() + right.getHeight());
      assertThat(right.getY()).isLessThan(left.getY() + left.getHeight());
      var sources =
          browser.findElements(By.cssSelector(".versus a[href='https://example.org/review-2024']"));
      assertThat(sources).hasSize(1);
      assertThat(sources.getFirst().getAttribute("rel")).contains("nofollow");
      assertThat(browser.findElement(By.cssSelector("#viewpoints")).getText())
          .contains("None: university researcher, publicly funded.");
      chromium.screenshot("side-by-side");
      assertThat(chromium.consoleErrors())
          .as("nothing refused by the Content Security Policy")
          .isEmpty();
    }
    var posted =
        http.get()
            .uri("/api/projects/{id}/statements?kind=VIEWPOINT", project)
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    var newest = (Map<?, ?>) ((List<?>) posted.get("items")).getFirst();
    assertThat(newest.get("stance")).isEqualTo("AGAINST");
    assertThat((List<?>) newest.get("sources")).hasSize(2);
    assertThat(((Map<?, ?>) newest.get("relatesTo")).get("statement")).isEqualTo(claim);
  }

  @Test
  void anOfficialWatchesTheSynthesisChangeLiveGoesBackInTimeAndPrintsIt() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Local tax reform");
    var slug = slugOf(project);
    var statements = deliberating(official, project, 4);

    try (var chromium = Chromium.start("official", 1280, 1100, "en-GB")) {
      var browser = chromium.driver();
      var wait = chromium.waiting(PATIENCE);
      browser.get(at("/login?next=/projects/" + slug + "/synthesis"));
      browser.findElement(By.id("email")).sendKeys(official.email());
      browser.findElement(By.id("password")).sendKeys("long enough password");
      browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(at("/projects/" + slug + "/synthesis")));
      var counts = browser.findElement(By.id("synthesis-counts"));
      assertThat(counts.getText()).isEqualTo("0 participants · 0 votes");
      var js = (JavascriptExecutor) browser;
      js.executeScript("window.sameDocument = true;");
      chromium.screenshot("before-votes");

      // Twelve people vote in two camps: the first two statements unite them, the last two divide
      // them.
      for (int person = 0; person < 12; person++) {
        var voter = citizen();
        for (int s = 0; s < 4; s++) {
          vote(
              voter,
              project,
              statements.get(s),
              s < 2 ? "AGREE" : (person % 2 == 0) == (s == 2) ? "AGREE" : "DISAGREE");
        }
      }
      wait.until(
          ExpectedConditions.textToBe(By.id("synthesis-counts"), "12 participants · 48 votes"));
      wait.until(driver -> !driver.findElements(By.cssSelector("#consensus-list li")).isEmpty());
      wait.until(
          driver ->
              driver.findElements(By.cssSelector("#participation-table tbody tr")).size() > 0);
      assertThat(js.executeScript("return window.sameDocument === true;"))
          .as("updated without a reload")
          .isEqualTo(true);
      assertThat(browser.findElement(By.id("consensus-list")).getText())
          .contains("Statement number 0");
      assertThat(browser.findElement(By.id("live-state")).getText()).isEqualTo("Live");
      chromium.screenshot("live");

      // The slider back to the project's first minute: the synthesis as it stood then, before any
      // vote.
      js.executeScript(
          "var s = document.getElementById('slider'); s.value = s.min;"
              + "s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change'));");
      wait.until(ExpectedConditions.textToBe(By.id("live-state"), "Showing the past"));
      wait.until(
          ExpectedConditions.textToBe(By.id("synthesis-counts"), "0 participants · 0 votes"));
      assertThat(browser.getCurrentUrl()).contains("?t=");
      chromium.screenshot("past");

      browser.get(at("/projects/" + slug + "/synthesis"));
      wait.until(
          ExpectedConditions.textToBe(By.id("synthesis-counts"), "12 participants · 48 votes"));
      var pdf = chromium.printToPdf("synthesis");
      var bytes = Files.readAllBytes(pdf);
      assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
      assertThat(bytes.length).isGreaterThan(10_000);
      assertThat(chromium.consoleErrors())
          .as("nothing refused by the Content Security Policy")
          .isEmpty();
    }
  }

  @Test
  void aCitizenOpensAPetitionOthersSignItLiveAndAnOfficialAnswersItFromTheAgenda() {
    var authority =
        (String)
            http.post()
                .uri("/api/authorities")
                .header(HttpHeaders.AUTHORIZATION, admin().bearer())
                .bodyValue(
                    Map.of(
                        "name",
                        "Journey council",
                        "thresholds",
                        Map.of("response", 2, "agenda", 3)))
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id");
    var opener = citizen();
    var official = withRoles("OFFICIAL");
    String petition;
    try (var chromium = Chromium.start("petitioner", 1280, 1000, "en-GB")) {
      var browser = chromium.driver();
      var wait = chromium.waiting(PATIENCE);
      browser.get(at("/login?next=/petitions/new"));
      browser.findElement(By.id("email")).sendKeys(opener.email());
      browser.findElement(By.id("password")).sendKeys("long enough password");
      browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(at("/petitions/new")));
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("petition-authority")))
          .selectByValue(authority);
      browser.findElement(By.id("petition-title")).sendKeys("Safe bike lanes");
      browser.findElement(By.id("petition-text")).sendKeys("Separate them from the traffic.");
      browser.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
      wait.until(ExpectedConditions.urlMatches(".*/petitions/[0-9a-f-]{36}$"));
      petition = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
      browser.findElement(By.cssSelector("form[action$='/signature'] button")).click();
      wait.until(ExpectedConditions.textToBe(By.id("signature-count"), "1 signature"));
      var js = (JavascriptExecutor) browser;
      js.executeScript("window.sameDocument = true;");
      for (int i = 0; i < 2; i++) {
        http.put()
            .uri("/api/petitions/{id}/signature", petition)
            .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
            .exchange()
            .expectStatus()
            .isOk();
      }
      wait.until(ExpectedConditions.textToBe(By.id("signature-count"), "3 signatures"));
      assertThat(js.executeScript("return window.sameDocument === true;"))
          .as("the count followed the stream without a reload")
          .isEqualTo(true);
      chromium.screenshot("petition-live");
      assertThat(chromium.consoleErrors()).isEmpty();
    }
    try (var chromium = Chromium.start("petition-official", 1280, 1000, "en-GB")) {
      var browser = chromium.driver();
      var wait = chromium.waiting(PATIENCE);
      var agenda = "/authorities/" + authority + "/agenda";
      browser.get(at("/login?next=" + agenda));
      browser.findElement(By.id("email")).sendKeys(official.email());
      browser.findElement(By.id("password")).sendKeys("long enough password");
      browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(at(agenda)));
      var card = browser.findElement(By.id("p-" + petition));
      assertThat(card.getText()).contains("Safe bike lanes", "3 signatures");
      card.findElement(By.name("markdown")).sendKeys("The council will build them in 2027.");
      card.findElement(By.cssSelector("form[action$='/response'] button")).click();
      wait.until(ExpectedConditions.urlContains("answered="));
      browser.get(at("/petitions/" + petition));
      assertThat(browser.findElement(By.id("response-heading")).getText())
          .isEqualTo("The authority's answer");
      assertThat(browser.findElement(By.cssSelector("main")).getText())
          .contains("The council will build them in 2027.");
      chromium.screenshot("petition-answered");
    }
  }
}
