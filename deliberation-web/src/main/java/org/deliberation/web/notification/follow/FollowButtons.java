package org.deliberation.web.notification.follow;

import java.util.regex.Pattern;
import org.deliberation.core.common.Actor;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.web.platform.pages.SitePage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The follow button's state on the page of a project ({@code /projects/{slug}}) or a petition ({@code
 * /petitions/{id}}), which include the {@code follow :: button} fragment; every other page gets {@link
 * FollowButton#NONE} without a read.
 */
@ControllerAdvice(annotations = SitePage.class)
public class FollowButtons {

  /** The pages that show a follow button: a project's or a petition's own page. */
  private static final Pattern FOLLOWABLE =
      Pattern.compile("^/(projects|petitions)/([^/]{1,100})$");

  private final FollowService follows;
  private final Targets targets;

  public FollowButtons(FollowService follows, Targets targets) {
    this.follows = follows;
    this.targets = targets;
  }

  @ModelAttribute("followButton")
  Mono<FollowButton> button(@Nullable Actor caller, ServerWebExchange exchange) {
    var request = exchange.getRequest();
    var matcher = FOLLOWABLE.matcher(request.getPath().value());
    if (!"GET".equals(request.getMethod().name()) || !matcher.matches()) {
      return Mono.just(FollowButton.NONE);
    }
    var kind =
        "projects".equals(matcher.group(1))
            ? FollowTarget.Kind.PROJECT
            : FollowTarget.Kind.PETITION;
    return targets
        .find(kind, matcher.group(2))
        .flatMap(
            found ->
                caller == null
                    ? Mono.just(
                        new FollowButton(
                            true,
                            kind.name(),
                            found.target().id(),
                            found.path(),
                            false,
                            false,
                            false))
                    : follows
                        .status(caller, found.target())
                        .map(
                            status ->
                                new FollowButton(
                                    true,
                                    kind.name(),
                                    found.target().id(),
                                    found.path(),
                                    true,
                                    status.following(),
                                    status.email())))
        .onErrorResume(e -> Mono.just(FollowButton.NONE));
  }
}
