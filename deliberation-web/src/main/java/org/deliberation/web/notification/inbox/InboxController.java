package org.deliberation.web.notification.inbox;

import jakarta.validation.Valid;
import org.deliberation.core.common.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The caller's notifications over HTTP; the texts are in the request's language. */
@RestController
public class InboxController {

  private final InboxService inbox;

  public InboxController(InboxService inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/api/notifications")
  public Mono<InboxView> list(
      @RequestParam(required = false) @Nullable Integer limit,
      @RequestParam(required = false) @Nullable String before,
      Actor caller,
      ServerWebExchange exchange) {
    return inbox.inbox(caller, ReaderLanguage.of(exchange), limit, before);
  }

  @PostMapping("/api/notifications/read")
  public Mono<ResponseEntity<Void>> read(@Valid @RequestBody ReadRequest request, Actor caller) {
    return inbox
        .markRead(caller, String.valueOf(request.upTo()))
        .thenReturn(ResponseEntity.noContent().build());
  }
}
