package org.deliberation.web.participant;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.deliberation.web.platform.pages.Addresses;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.SessionAuthentication;
import org.deliberation.web.platform.security.SessionCookie;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sign-up, sign-in and sign-out. Signing in gets a token from the API's sign-in and keeps it in the session cookie;
 * signing out ends that session on the server, not only in the browser.
 */
@SitePage
public class AccountPages {

  private final Participants participants;
  private final Forms forms;
  private final Clock clock;

  public AccountPages(Participants participants, Forms forms, Clock clock) {
    this.participants = participants;
    this.forms = forms;
    this.clock = clock;
  }

  @GetMapping("/login")
  Rendering login(@RequestParam(required = false) @Nullable String next) {
    return Rendering.view("login")
        .modelAttribute("next", Addresses.local(next))
        .modelAttribute("email", "")
        .build();
  }

  @PostMapping("/login")
  Mono<Rendering> signIn(ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var next = Addresses.local(form.getFirst("next"));
          var email = Forms.field(form, "email");
          var request = forms.valid(new TokenRequest(email, form.getFirst("password")));
          return participants
              .signIn(request.email(), request.password())
              .map(
                  issued -> {
                    SessionCookie.write(exchange, issued.token(), issued.expiresAt(), clock);
                    return Rendering.redirectTo(next).build();
                  })
              .switchIfEmpty(
                  Mono.fromSupplier(() -> loginAgain(next, email, null, HttpStatus.UNAUTHORIZED)));
        },
        (form, error, status) ->
            Mono.just(
                loginAgain(
                    Addresses.local(form.getFirst("next")),
                    Forms.field(form, "email"),
                    error,
                    status)));
  }

  /** The sign-in form again: after a wrong e-mail or password ({@code error} null), or with the API's refusal. */
  private static Rendering loginAgain(
      String next, String email, @Nullable String error, HttpStatus status) {
    var view =
        Rendering.view("login")
            .modelAttribute("next", next)
            .modelAttribute("email", email)
            .modelAttribute("failed", error == null);
    if (error != null) {
      view.modelAttribute("error", error);
    }
    return view.status(status).build();
  }

  @GetMapping("/signup")
  Rendering signup(@RequestParam(required = false) @Nullable String next) {
    return Rendering.view("signup")
        .modelAttribute("next", Addresses.local(next))
        .modelAttribute("draft", Map.of())
        .build();
  }

  @PostMapping("/signup")
  Mono<Rendering> register(ServerWebExchange exchange) {
    return forms.submit(
        exchange,
        form -> {
          var next = Addresses.local(form.getFirst("next"));
          var request =
              forms.valid(
                  new RegisterRequest(
                      Forms.optional(form, "displayName"),
                      Forms.optional(form, "email"),
                      form.getFirst("password"),
                      Forms.optional(form, "postcode")));
          return participants
              .signUp(request)
              .then(Mono.defer(() -> participants.signIn(request.email(), request.password())))
              .doOnNext(
                  issued ->
                      SessionCookie.write(exchange, issued.token(), issued.expiresAt(), clock))
              .then(Mono.fromSupplier(() -> Rendering.redirectTo(next).build()));
        },
        (form, error, status) ->
            Mono.just(
                Rendering.view("signup")
                    .modelAttribute("next", Addresses.local(form.getFirst("next")))
                    .modelAttribute("draft", withoutPassword(form))
                    .modelAttribute("error", error)
                    .status(status)
                    .build()));
  }

  @PostMapping("/logout")
  Mono<Rendering> signOut(@Nullable SessionAuthentication session, ServerWebExchange exchange) {
    SessionCookie.clear(exchange);
    // Already signed out (the session expired): there is nothing left to end, and the person goes
    // home all the same.
    return (session == null ? Mono.<Void>empty() : participants.signOut(session.token()))
        .then(Mono.just(Rendering.redirectTo("/").build()));
  }

  private static Map<String, String> withoutPassword(MultiValueMap<String, String> form) {
    var values = new HashMap<>(form.toSingleValueMap());
    values.remove("password");
    values.remove("_csrf");
    return values;
  }
}
