package org.deliberation.web.notification.inbox;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The latest public entries about a target (a project's or a petition's feed), newest first. */
@Component
public class FeedEntries {

  private final MongoCollection<Document> feed;

  public FeedEntries(MongoDatabase database) {
    this.feed = database.getCollection(NotificationStore.FEED);
  }

  /** @param target a follow target's key ({@code project:<id>}) */
  public Mono<List<Notice>> latest(String target, int limit) {
    return Flux.from(feed.find(eq("target", target)).sort(Sorts.descending("seq")).limit(limit))
        .mapNotNull(FeedEntries::notice)
        .collectList();
  }

  private static @Nullable Notice notice(Document document) {
    var kind = NotificationKind.parse(document.getString("kind"));
    if (kind == null) {
      return null;
    }
    return new Notice(
        document.getLong("seq"),
        kind,
        document.getDate("at").toInstant(),
        document.getString("target"),
        document.getString("statement"),
        document.getList("arguments", String.class, List.of()),
        document.getString("language"));
  }
}
