package org.deliberation.web.participant;

import java.util.Set;
import org.deliberation.core.common.Role;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Creates the first admin from configuration when no participant has that e-mail yet. */
@Component
class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final DeliberationProperties properties;
  private final ParticipantAccounts accounts;
  private final Participants participants;

  AdminBootstrap(
      DeliberationProperties properties, ParticipantAccounts accounts, Participants participants) {
    this.properties = properties;
    this.accounts = accounts;
    this.participants = participants;
  }

  @Override
  public void run(ApplicationArguments args) {
    var admin = properties.admin();
    if (admin.email() == null
        || admin.email().isBlank()
        || admin.password() == null
        || admin.password().isBlank()) {
      return;
    }
    accounts
        .byEmail(admin.email())
        .hasElement()
        .flatMap(
            exists ->
                exists
                    ? Mono.empty()
                    : participants
                        .register(
                            "Administrator",
                            admin.email(),
                            admin.password(),
                            null,
                            Set.of(Role.ADMIN))
                        .doOnNext(
                            account ->
                                log.info("Created the first admin, participant {}", account.id())))
        .block();
  }
}
