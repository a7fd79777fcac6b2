package org.deliberation.web.notification.mail;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The relay's client, only when {@code deliberation.mail.host} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "deliberation.mail", name = "host")
class MailConfig {

  /** Timeouts keep a relay that stops answering from holding the mail worker for ever. */
  private static final String TIMEOUT_MS = "20000";

  @Bean
  JavaMailSenderImpl notificationMailSender(MailSettings settings) {
    var sender = new JavaMailSenderImpl();
    sender.setHost(settings.host());
    sender.setPort(settings.port());
    sender.setDefaultEncoding("UTF-8");
    var properties = new Properties();
    boolean auth = settings.username() != null && !settings.username().isBlank();
    if (auth) {
      sender.setUsername(settings.username());
      sender.setPassword(settings.password());
    }
    properties.put("mail.smtp.auth", String.valueOf(auth));
    properties.put("mail.smtp.starttls.enable", String.valueOf(settings.tls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(settings.tls()));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    properties.put("mail.smtp.timeout", TIMEOUT_MS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
    sender.setJavaMailProperties(properties);
    return sender;
  }

  @Bean(destroyMethod = "close")
  MailQueue mailQueue(MailSettings settings, Mailer mailer) {
    return new MailQueue(settings, mailer);
  }

  @Bean
  Mailer mailer(
      JavaMailSenderImpl notificationMailSender,
      MailSettings settings,
      org.deliberation.web.notification.SiteAddress site,
      UnsubscribeTokens tokens,
      org.deliberation.web.participant.ParticipantAccounts accounts,
      org.deliberation.web.notification.follow.Targets targets) {
    return new Mailer(notificationMailSender, settings, site, tokens, accounts, targets);
  }
}
