package org.deliberation.web.notification.inbox;

import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.http.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The caller's own inbox, for the API and the page alike: nobody reads another's. */
@Service
public class InboxService {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private final InboxQueries queries;

  public InboxService(InboxQueries queries) {
    this.queries = queries;
  }

  public Mono<InboxView> inbox(
      Actor caller, String language, @Nullable Integer limit, @Nullable String before) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      return Mono.error(
          new BadRequestException("limit", "must be between 1 and " + MAX_LIMIT + "."));
    }
    return Mono.defer(() -> queries.page(caller.id(), language, size, position("before", before)));
  }

  public Mono<Long> unread(Actor caller) {
    return queries.unread(caller.id());
  }

  public Mono<Void> markRead(Actor caller, String upTo) {
    return Mono.defer(() -> queries.markRead(caller.id(), position("upTo", upTo)));
  }

  /** A notification's id as a number; a 400 problem naming the field when it is not one. */
  static @Nullable Long position(String field, @Nullable String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    if (id.length() > 19 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new BadRequestException(
          field, "must be a notification's id, as GET /api/notifications gives them.");
    }
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          field, "must be a notification's id, as GET /api/notifications gives them.");
    }
  }
}
