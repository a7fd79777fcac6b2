package org.deliberation.web.notification.mail;

import jakarta.mail.MessagingException;
import java.time.Duration;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.web.notification.SiteAddress;
import org.deliberation.web.notification.follow.Targets;
import org.deliberation.web.participant.ParticipantAccounts;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import reactor.core.publisher.Mono;

/**
 * Writes one mail, in the language of what it tells (its project's or petition's), to the follower's registered
 * address as it is now: an address changed since the follow is the one used, an erased account gets nothing. Every
 * mail ends with its unsubscribe link, also given in a {@code List-Unsubscribe} header; the link opens a page that
 * asks for a confirmation, because mail scanners follow links before people do.
 */
class Mailer {

  private static final Duration LOOK_UP = Duration.ofSeconds(20);
  private static final int SUBJECT = 120;

  private final JavaMailSender sender;
  private final MailSettings settings;
  private final SiteAddress site;
  private final UnsubscribeTokens tokens;
  private final ParticipantAccounts accounts;
  private final Targets targets;

  Mailer(
      JavaMailSender sender,
      MailSettings settings,
      SiteAddress site,
      UnsubscribeTokens tokens,
      ParticipantAccounts accounts,
      Targets targets) {
    this.sender = sender;
    this.settings = settings;
    this.site = site;
    this.tokens = tokens;
    this.accounts = accounts;
    this.targets = targets;
  }

  void send(Letter letter) {
    var account = accounts.byId(letter.follow().participant()).block(LOOK_UP);
    if (account == null) {
      return;
    }
    // A target found by no one now (a petition hidden since) is mailed of no more: not an error to
    // retry.
    var target =
        targets
            .find(letter.follow().target().kind(), letter.follow().target().id())
            .onErrorResume(NotFoundException.class, gone -> Mono.empty())
            .block(LOOK_UP);
    if (target == null) {
      return;
    }
    var notice = letter.notice();
    var language = notice.language();
    var text = notice.text(language);
    var unsubscribe = site.base() + "/unsubscribe/" + tokens.sign(letter.follow());
    var title = target.title();
    var page = site.base() + target.path();
    var body =
        "fr".equals(language)
            ? text
                + "\n\nVoir : "
                + page
                + "\n\n-- \nVous recevez ce courriel parce que vous suivez « "
                + title
                + " » par courriel.\nPour ne plus le suivre : "
                + unsubscribe
                + "\n"
            : text
                + "\n\nSee it: "
                + page
                + "\n\n-- \nYou get this e-mail because you follow “"
                + title
                + "” by e-mail.\nTo stop following it: "
                + unsubscribe
                + "\n";
    var message = sender.createMimeMessage();
    try {
      var helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(account.email());
      helper.setSubject(text.length() <= SUBJECT ? text : text.substring(0, SUBJECT - 1) + "…");
      helper.setText(body, false);
      // One click in the mail client: a POST to the API (RFC 8058); the link in the text asks
      // first.
      message.setHeader(
          "List-Unsubscribe",
          "<" + site.base() + "/api/unsubscribe/" + tokens.sign(letter.follow()) + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      message.setHeader("Content-Language", language);
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    sender.send(message);
  }
}
