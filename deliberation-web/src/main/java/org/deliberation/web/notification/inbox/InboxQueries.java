package org.deliberation.web.notification.inbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads of a participant's inbox, and their read mark: one number per participant, "read up to here", so that marking
 * is one write whatever the inbox holds, and survives a rebuild of the notifications.
 */
@Component
public class InboxQueries {

  private final MongoCollection<Document> notifications;
  private final MongoCollection<Document> reads;
  private final WriteBarrier barrier;

  public InboxQueries(MongoDatabase database, WriteBarrier barrier) {
    this.notifications = database.getCollection(NotificationStore.NOTIFICATIONS);
    this.reads = database.getCollection(NotificationStore.READS);
    this.barrier = barrier;
  }

  /** Up to {@code limit} notifications, newest first, older than {@code before} when given. */
  public Mono<InboxView> page(
      ParticipantId recipient, String language, int limit, @Nullable Long before) {
    Bson filter = eq("recipient", recipient.value());
    if (before != null) {
      filter = and(filter, lt("seq", before));
    }
    var found =
        Flux.from(notifications.find(filter).sort(Sorts.descending("seq")).limit(limit + 1))
            .collectList();
    return readUpTo(recipient)
        .zipWith(found)
        .zipWith(unread(recipient))
        .map(
            all -> {
              long upTo = all.getT1().getT1();
              var documents = all.getT1().getT2();
              var items =
                  documents.stream()
                      .limit(limit)
                      .map(document -> view(document, upTo, language))
                      .filter(java.util.Objects::nonNull)
                      .toList();
              var next =
                  documents.size() > limit
                      ? String.valueOf(documents.get(limit - 1).getLong("seq"))
                      : null;
              return new InboxView(items, all.getT2(), next);
            });
  }

  /** How many notifications the participant has not marked read: one count. */
  public Mono<Long> unread(ParticipantId recipient) {
    return readUpTo(recipient)
        .flatMap(
            upTo ->
                Mono.from(
                    notifications.countDocuments(
                        and(eq("recipient", recipient.value()), gt("seq", upTo)))));
  }

  /** Marks read up to this position; a mark never moves back. */
  public Mono<Void> markRead(ParticipantId recipient, long upTo) {
    return Mono.from(
            reads.updateOne(
                eq("_id", recipient.value()),
                Updates.max("upTo", upTo),
                new UpdateOptions().upsert(true)))
        .then(Mono.fromRunnable(barrier::afterWrite).subscribeOn(Schedulers.boundedElastic()))
        .then();
  }

  private Mono<Long> readUpTo(ParticipantId recipient) {
    return Mono.from(reads.find(eq("_id", recipient.value())).first())
        .map(document -> document.get("upTo", Number.class).longValue())
        .defaultIfEmpty(-1L);
  }

  private static @Nullable NotificationView view(Document document, long upTo, String language) {
    var kind = NotificationKind.parse(document.getString("kind"));
    if (kind == null) {
      return null;
    }
    long seq = document.getLong("seq");
    var notice =
        new Notice(
            seq,
            kind,
            document.getDate("at").toInstant(),
            document.getString("target"),
            document.getString("statement"),
            document.getList("arguments", String.class, List.of()),
            document.getString("language"));
    return new NotificationView(
        String.valueOf(seq),
        kind.name(),
        notice.text(language),
        notice.at(),
        seq <= upTo,
        notice.project(),
        notice.petition(),
        notice.statement());
  }
}
