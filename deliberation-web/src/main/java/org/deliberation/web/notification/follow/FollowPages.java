package org.deliberation.web.notification.follow;

import org.deliberation.core.common.Actor;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.web.platform.http.EnumParameter;
import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.pages.SitePage;
import org.deliberation.web.platform.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The follow button's form: follow (with or without e-mail) or unfollow, then back to the page it was on. */
@SitePage
public class FollowPages {

  private final FollowService follows;
  private final Targets targets;

  public FollowPages(FollowService follows, Targets targets) {
    this.follows = follows;
    this.targets = targets;
  }

  @PostMapping("/follows")
  Mono<Rendering> follow(@Nullable Actor caller, ServerWebExchange exchange) {
    return exchange
        .getFormData()
        .flatMap(
            form -> {
              var actor = CurrentActor.required(caller);
              var kind =
                  EnumParameter.parse(FollowTarget.Kind.class, "kind", Forms.field(form, "kind"));
              var id = Forms.field(form, "target");
              var stop = "unfollow".equals(Forms.field(form, "action"));
              var done =
                  stop
                      ? follows.unfollow(actor, kind, id)
                      : follows.follow(actor, kind, id, "on".equals(Forms.field(form, "email")));
              return done.then(targets.find(kind, id))
                  .map(
                      target ->
                          Rendering.redirectTo(
                                  target.path()
                                      + "?"
                                      + (stop ? "unfollowed" : "followed")
                                      + "#follow")
                              .build());
            });
  }
}
