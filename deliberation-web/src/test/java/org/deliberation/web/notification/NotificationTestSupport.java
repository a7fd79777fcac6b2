package org.deliberation.web.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoDatabase;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.deliberation.web.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One server for the notifications' tests: a real SMTP server (GreenMail) in this JVM as its relay.
 */
public abstract class NotificationTestSupport extends ApiTestSupport {

  /** A new petition in French, "Une piste cyclable", to a new authority; returns its id. */
  protected String petition() {
    return openPetition(
        citizen(), authority("Conseil", 10, 20), "Une piste cyclable", "Le long du canal.", "fr");
  }

  protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void relay(DynamicPropertyRegistry registry) {
    registry.add("deliberation.mail.host", () -> "127.0.0.1");
    registry.add("deliberation.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("deliberation.mail.tls", () -> "false");
    registry.add("deliberation.mail.from", () -> "news@site.test");
    registry.add("deliberation.mail.retry-delay", () -> "100ms");
    registry.add("deliberation.site.url", () -> "https://site.test");
  }

  protected void follow(Session who, String project, boolean email) {
    http.put()
        .uri("/api/projects/{id}/follow", project)
        .header(HttpHeaders.AUTHORIZATION, who.bearer())
        .bodyValue(Map.of("email", email))
        .exchange()
        .expectStatus()
        .isOk();
  }

  @SuppressWarnings("unchecked")
  protected Map<String, Object> inbox(Session who) {
    return http.get()
        .uri("/api/notifications")
        .header(HttpHeaders.AUTHORIZATION, who.bearer())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  protected List<Map<String, Object>> items(Session who) {
    return (List<Map<String, Object>>) inbox(who).get("items");
  }

  /** The kinds in someone's inbox, newest first. */
  protected List<Object> kinds(Session who) {
    return items(who).stream().map(item -> item.get("kind")).toList();
  }

  /** Waits until someone's inbox holds this many notifications. */
  protected void awaitInbox(Session who, int count) {
    await().until(() -> items(who).size() >= count);
  }

  /** The mails the relay received for someone, oldest first. */
  protected static List<MimeMessage> to(Session person) {
    return Arrays.stream(MAIL.getReceivedMessages())
        .filter(
            message -> {
              try {
                var recipients = message.getRecipients(Message.RecipientType.TO);
                return recipients != null
                    && Arrays.stream(recipients)
                        .anyMatch(a -> a.toString().equalsIgnoreCase(person.email()));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Autowired MongoDatabase database;

  /** How many follow a target ({@code project:<id>}, {@code petition:<id>}), as the store has it now. */
  protected long followersOf(String target) {
    return database.getCollection("follows").countDocuments(new Document("target", target));
  }
}
