package org.deliberation.web.notification.inbox;

import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The inbox page: the visitor's notifications, newest first, with a form that marks them all read. */
@SitePage
public class InboxPages {

  private final InboxService inbox;
  private final Forms forms;

  public InboxPages(InboxService inbox, Forms forms) {
    this.inbox = inbox;
    this.forms = forms;
  }

  @GetMapping("/notifications")
  Mono<Rendering> page(
      Actor caller,
      @RequestParam(required = false) @Nullable String before,
      ServerWebExchange exchange) {
    return render(caller, before, exchange, Map.of(), HttpStatus.OK);
  }

  @PostMapping("/notifications/read")
  Mono<Rendering> read(@Nullable Actor caller, ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form ->
            inbox
                .markRead(CurrentActor.required(caller), Forms.field(form, "upTo"))
                .thenReturn(Rendering.redirectTo("/notifications?read").build()),
        (form, error, status) ->
            render(
                CurrentActor.required(caller), null, exchange, Map.of("readError", error), status));
  }

  private Mono<Rendering> render(
      Actor caller,
      @Nullable String before,
      ServerWebExchange exchange,
      Map<String, Object> extra,
      HttpStatus status) {
    return inbox
        .inbox(caller, ReaderLanguage.of(exchange), null, before)
        .map(
            view ->
                Rendering.view("notifications")
                    .modelAttribute("inbox", view)
                    .modelAttribute(
                        "justRead", exchange.getRequest().getQueryParams().containsKey("read"))
                    .model(extra)
                    .status(status)
                    .build());
  }
}
