package org.deliberation.web.notification.inbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.Locale;
import org.bson.Document;
import org.deliberation.core.common.ParticipantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The collections of the notifications' read model, written by its projection only:
 *
 * <ul>
 *   <li>{@code notifications}: one per recipient and event, {@code _id = <recipient>/<seq, 19 digits>};
 *   <li>{@code notification_feed}: one per target and event, {@code _id = <target>/<seq>}, for the public feeds;
 *   <li>{@code notification_targets}: the title and language of each followable thing, by target key;
 *   <li>{@code notification_statements}: each statement's author and project, to tell authors of replies and moderation.
 * </ul>
 *
 * Every write is keyed by the event, so writing it again changes nothing. What the readers marked as read is kept
 * apart ({@link InboxQueries}): a rebuild does not make old news unread again.
 */
@Component
public class NotificationStore {

  static final String NOTIFICATIONS = "notifications";
  static final String FEED = "notification_feed";
  static final String READS = "notification_reads";

  private final MongoCollection<Document> notifications;
  private final MongoCollection<Document> feed;
  private final MongoCollection<Document> targets;
  private final MongoCollection<Document> statements;
  private final MongoCollection<Document> reads;

  public NotificationStore(MongoDatabase database) {
    this.notifications = database.getCollection(NOTIFICATIONS);
    this.feed = database.getCollection(FEED);
    this.targets = database.getCollection("notification_targets");
    this.statements = database.getCollection("notification_statements");
    this.reads = database.getCollection(READS);
    // For a real MongoDB; the embedded store indexes unique keys only, and scans.
    notifications.createIndex(
        Indexes.compoundIndex(Indexes.ascending("recipient"), Indexes.descending("seq")));
    feed.createIndex(Indexes.compoundIndex(Indexes.ascending("target"), Indexes.descending("seq")));
  }

  static String key(String prefix, long seq) {
    return prefix + "/" + String.format(Locale.ROOT, "%019d", seq);
  }

  /** Stores a notification for a recipient; false when it was stored before (a replay). */
  boolean deliver(ParticipantId recipient, Notice notice) {
    var document =
        entry(notice)
            .append("_id", key(recipient.value(), notice.seq()))
            .append("recipient", recipient.value());
    try {
      notifications.insertOne(document);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  /**
   * A reply's words changed (edited) or left the site (hidden, withdrawn): the notifications that quote it quote the
   * new words, or none, so an inbox never keeps what the statement no longer says.
   */
  void requote(String statement, String excerpt) {
    notifications.updateMany(
        and(
            eq("statement", statement),
            in(
                "kind",
                NotificationKind.REPLY_SUPPORTS.name(),
                NotificationKind.REPLY_CONTRADICTS.name())),
        Updates.set("arguments.1", excerpt));
  }

  /** Stores an entry of the target's public feed. */
  void publish(Notice notice) {
    var id = key(notice.target(), notice.seq());
    feed.replaceOne(
        eq("_id", id), entry(notice).append("_id", id), new ReplaceOptions().upsert(true));
  }

  private static Document entry(Notice notice) {
    return new Document("seq", notice.seq())
        .append("kind", notice.kind().name())
        .append("at", Date.from(notice.at()))
        .append("target", notice.target())
        .append("statement", notice.statement())
        .append("arguments", notice.arguments())
        .append("language", notice.language());
  }

  void target(String key, String title, String language) {
    targets.replaceOne(
        eq("_id", key),
        new Document("_id", key).append("title", title).append("language", language),
        new ReplaceOptions().upsert(true));
  }

  /** The title and language of a target, or a stand-in when its creation was never seen. */
  Document target(String key) {
    var found = targets.find(eq("_id", key)).first();
    return found != null
        ? found
        : new Document("_id", key).append("title", key).append("language", "en");
  }

  void statement(String statement, ParticipantId author, String project) {
    statements.replaceOne(
        eq("_id", statement),
        new Document("_id", statement).append("author", author.value()).append("project", project),
        new ReplaceOptions().upsert(true));
  }

  /** Who wrote a statement; null when unknown or erased. */
  @Nullable ParticipantId author(String statement) {
    var found = statements.find(eq("_id", statement)).first();
    return found == null || found.getString("author") == null
        ? null
        : new ParticipantId(found.getString("author"));
  }

  /** Erasure: the participant's inbox, what they had read, and their authorship here are gone. */
  void erase(ParticipantId participant) {
    notifications.deleteMany(eq("recipient", participant.value()));
    reads.deleteOne(eq("_id", participant.value()));
    statements.deleteMany(eq("author", participant.value()));
  }

  /** A rebuild: everything derived from events goes; the read marks stay (they are the readers' own). */
  void reset() {
    // Emptied rather than dropped, so that a real MongoDB keeps their indexes.
    for (var collection : java.util.List.of(notifications, feed, targets, statements)) {
      collection.deleteMany(new Document());
    }
  }
}
