package org.deliberation.web.notification.mail;

import org.deliberation.core.common.NotFoundException;
import org.deliberation.web.notification.follow.FollowService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * One-click unsubscribe (RFC 8058): the address of a mail's {@code List-Unsubscribe} header, which mail clients POST
 * to, without cookies, when their reader asks them to. Only a POST does anything, so a scanner's GET changes nothing;
 * the token is the authority, so no sign-in is needed (RouteRules lets this one API write through).
 */
@RestController
public class UnsubscribeController {

  private final UnsubscribeTokens tokens;
  private final FollowService follows;

  public UnsubscribeController(UnsubscribeTokens tokens, FollowService follows) {
    this.tokens = tokens;
    this.follows = follows;
  }

  @PostMapping("/api/unsubscribe/{token}")
  public Mono<ResponseEntity<Void>> unsubscribe(@PathVariable String token) {
    return Mono.defer(
        () -> {
          var follow = tokens.verify(token);
          if (follow == null) {
            return Mono.error(
                new NotFoundException("This unsubscribe address is not one this site sent."));
          }
          return follows.stop(follow).thenReturn(ResponseEntity.noContent().<Void>build());
        });
  }
}
