package org.deliberation.web.notification.mail;

import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.follow.FollowId;
import org.deliberation.web.notification.follow.FollowService;
import org.deliberation.web.notification.follow.Targets;
import org.deliberation.web.platform.pages.SitePage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * A mail's unsubscribe link. Opening it changes nothing, because mail scanners open links before people do: the page
 * names the follow and asks for a confirmation, whose POST stops it. The token is the authority: no sign-in needed.
 */
@SitePage
public class UnsubscribePages {

  private final UnsubscribeTokens tokens;
  private final FollowService follows;
  private final Targets targets;

  public UnsubscribePages(UnsubscribeTokens tokens, FollowService follows, Targets targets) {
    this.tokens = tokens;
    this.follows = follows;
    this.targets = targets;
  }

  @GetMapping("/unsubscribe/{token}")
  Mono<Rendering> ask(@PathVariable String token) {
    return render(token, false);
  }

  @PostMapping("/unsubscribe/{token}")
  Mono<Rendering> confirm(@PathVariable String token) {
    return Mono.defer(() -> follows.stop(follow(token))).then(render(token, true));
  }

  private Mono<Rendering> render(String token, boolean done) {
    return Mono.defer(
        () -> {
          var follow = follow(token);
          return targets
              .find(follow.target().kind(), follow.target().id())
              .map(
                  target ->
                      Rendering.view("unsubscribe")
                          .modelAttribute("token", token)
                          .modelAttribute("target", target)
                          .modelAttribute("done", done)
                          .build());
        });
  }

  private FollowId follow(String token) {
    var follow = tokens.verify(token);
    if (follow == null) {
      throw new NotFoundException(
          "This unsubscribe link is not one this site sent. Use the link of the latest mail, or unfollow from the"
              + " page you follow.");
    }
    return follow;
  }
}
