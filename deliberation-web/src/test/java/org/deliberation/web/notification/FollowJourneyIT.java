package org.deliberation.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import org.deliberation.web.testing.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The follower's journey in Chromium: they follow a project from its page, with e-mail; a stage change reaches them
 * in the header's count, the inbox, the project's Atom feed and their mailbox; they mark it read.
 */
class FollowJourneyIT extends NotificationTestSupport {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @LocalServerPort int port;

  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(
        Chromium.available(),
        "Debian's chromium and chromium-driver are not installed here (the build installs them with apt-get on"
            + " Debian; elsewhere install them to run the browser journeys)");
  }

  private String at(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void aFollowerHearsOfAStageChangeInTheInboxTheFeedAndTheirMail() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Harbour footbridge");
    var slug =
        (String)
            http.get()
                .uri("/api/projects/{id}", project)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("slug");
    var follower = citizen();
    try (var chromium = Chromium.start("follower", 1280, 1000, "en-GB")) {
      var browser = chromium.driver();
      var wait = chromium.waiting(PATIENCE);
      browser.get(at("/login?next=/projects/" + slug));
      browser.findElement(By.id("email")).sendKeys(follower.email());
      browser.findElement(By.id("password")).sendKeys("long enough password");
      browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
      wait.until(ExpectedConditions.urlToBe(at("/projects/" + slug)));

      browser.findElement(By.id("follow-email")).click();
      browser.findElement(By.cssSelector("#follow button[value=follow]")).click();
      wait.until(ExpectedConditions.urlContains("?followed"));
      await()
          .until(
              () -> {
                browser.navigate().refresh();
                return !browser
                    .findElements(By.cssSelector("#follow button[value=unfollow]"))
                    .isEmpty();
              });
      assertThat(browser.findElement(By.cssSelector(".follow-state")).getText())
          .isEqualTo("You follow this, also by e-mail.");
      chromium.screenshot("following");

      stage(official, project, "DELIBERATION");
      awaitInbox(follower, 1);
      browser.navigate().refresh();
      var inboxLink = browser.findElement(By.cssSelector(".inbox-link"));
      assertThat(inboxLink.getText()).isEqualTo("Notifications (1 unread)");
      inboxLink.click();
      wait.until(ExpectedConditions.urlToBe(at("/notifications")));
      assertThat(browser.findElement(By.cssSelector("ol.notifications li.unread")).getText())
          .contains("“Harbour footbridge” moved to the stage: Deliberation.");
      chromium.screenshot("inbox");
      browser.findElement(By.cssSelector("form[action='/notifications/read'] button")).click();
      wait.until(ExpectedConditions.urlContains("/notifications?read"));
      assertThat(browser.findElement(By.cssSelector(".inbox-link")).getText())
          .isEqualTo("Notifications");
      assertThat(browser.findElements(By.cssSelector("ol.notifications li.read"))).hasSize(1);
    }

    var feed =
        new SyndFeedInput()
            .build(
                new StringReader(
                    http.get()
                        .uri("/projects/{slug}/feed.atom", slug)
                        .exchange()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody()));
    assertThat(feed.getEntries().getFirst().getTitle())
        .isEqualTo("“Harbour footbridge” moved to the stage: Deliberation.");

    await()
        .until(
            () ->
                to(follower).stream()
                    .anyMatch(
                        message -> {
                          try {
                            return message.getSubject().contains("Harbour footbridge");
                          } catch (jakarta.mail.MessagingException e) {
                            return false;
                          }
                        }));
  }
}
