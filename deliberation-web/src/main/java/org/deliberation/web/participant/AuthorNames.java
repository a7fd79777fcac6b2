package org.deliberation.web.participant;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.deliberation.core.common.ParticipantId;
import org.springframework.stereotype.Component;

/**
 * The one erasure policy for everything shown beside what people wrote: a participant's display name while they have
 * an account, {@value ParticipantAccounts#FORMER_PARTICIPANT} once they erased it. Their statements, edits and votes
 * stay everywhere (the project page, the statement API, search, the activity feed); only the name goes.
 *
 * <p>For the projections that keep views in memory: they look a name up when an author's text arrives (blocking, on
 * their own threads) and replace it when the author's {@code ParticipantErased} event arrives, so that a node holds no
 * erased name once it has seen the erasure, and a replay, after the account was deleted, never finds it again. Names
 * are cached until then: an author of a thousand statements costs one look-up. Thread safe.
 */
@Component
public class AuthorNames {

  private static final Duration LOOK_UP = Duration.ofSeconds(30);

  private final ParticipantAccounts accounts;
  private final ConcurrentHashMap<ParticipantId, String> names = new ConcurrentHashMap<>();

  public AuthorNames(ParticipantAccounts accounts) {
    this.accounts = accounts;
  }

  /** The name to show beside what this participant wrote. Blocks on the store at the first look-up. */
  public String of(ParticipantId author) {
    var known = names.get(author);
    if (known != null) {
      return known;
    }
    var name =
        accounts
            .displayNames(List.of(author))
            .blockOptional(LOOK_UP)
            .map(found -> found.get(author))
            .orElse(ParticipantAccounts.FORMER_PARTICIPANT);
    names.put(author, name);
    return name;
  }

  /** The participant was erased: their name is forgotten here, and from now on shown as a former participant's. */
  public void erased(ParticipantId author) {
    names.put(author, ParticipantAccounts.FORMER_PARTICIPANT);
  }
}
