package org.deliberation.web.platform.security;

import org.deliberation.core.common.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed in: the current actor (participant id and roles, as the commands carry them) and the token that
 * signed it in, bearer or session cookie, so that signing out can end exactly that session. Its roles are also its
 * authorities ({@code ROLE_ADMIN}, ...), for Spring Security's own rules.
 */
public final class SessionAuthentication extends AbstractAuthenticationToken {

  private final Actor actor;
  private final String token;

  public SessionAuthentication(Actor actor, String token) {
    super(
        actor.roles().stream()
            .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
            .toList());
    this.actor = actor;
    this.token = token;
    setAuthenticated(true);
  }

  public Actor actor() {
    return actor;
  }

  public String token() {
    return token;
  }

  @Override
  public Actor getPrincipal() {
    return actor;
  }

  @Override
  public String getCredentials() {
    return token;
  }

  @Override
  public String getName() {
    return actor.id().value();
  }

  // Equality by actor and token; the parent's includes details and authorities, which follow from
  // these.
  @Override
  public boolean equals(Object other) {
    return other instanceof SessionAuthentication that
        && actor.equals(that.actor)
        && token.equals(that.token);
  }

  @Override
  public int hashCode() {
    return actor.hashCode() * 31 + token.hashCode();
  }
}
