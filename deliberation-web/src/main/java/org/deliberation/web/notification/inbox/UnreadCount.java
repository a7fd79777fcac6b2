package org.deliberation.web.notification.inbox;

import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.pages.SitePage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import reactor.core.publisher.Mono;

/**
 * The unread count of the site's header, for a signed-in visitor: one count per page rendered (a model attribute is
 * computed once per request), none for a visitor who is not signed in.
 */
@ControllerAdvice(annotations = SitePage.class)
public class UnreadCount {

  private final InboxService inbox;

  public UnreadCount(InboxService inbox) {
    this.inbox = inbox;
  }

  @ModelAttribute("unread")
  Mono<Long> unread(@Nullable Actor caller) {
    return caller == null
        ? Mono.just(0L)
        : inbox.unread(caller).onErrorResume(e -> Mono.just(0L)).defaultIfEmpty(0L);
  }
}
