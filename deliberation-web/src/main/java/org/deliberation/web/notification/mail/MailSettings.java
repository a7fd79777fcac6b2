package org.deliberation.web.notification.mail;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP relay ({@code DELIBERATION_MAIL_*}); no host, no mail.
 *
 * @param tls STARTTLS, required when true (a relay on the open network); false for a relay on the same machine
 * @param queue how many mails may wait for the relay; past it a mail is dropped, and logged as such
 * @param attempts how many times a mail is tried before it is given up, and logged as such
 * @param retryDelay the wait before the second try; it doubles before each further one
 */
@ConfigurationProperties("deliberation.mail")
public record MailSettings(
    @Nullable String host,
    @DefaultValue("587") int port,
    @Nullable String username,
    @Nullable String password,
    @DefaultValue("noreply@localhost") String from,
    @DefaultValue("true") boolean tls,
    @DefaultValue("1000") int queue,
    @DefaultValue("4") int attempts,
    @DefaultValue("5s") Duration retryDelay) {

  public boolean enabled() {
    return host != null && !host.isBlank();
  }
}
