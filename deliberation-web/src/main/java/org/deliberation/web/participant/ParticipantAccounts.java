package org.deliberation.web.participant;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code participants} collection: one document per participant with what they declared. E-mails are stored
 * trimmed and lower-cased, unique by index. Erasure deletes the document; nothing personal is kept anywhere else.
 */
@Component
public class ParticipantAccounts {

  /** How a participant whose data was erased is named wherever their contributions are shown. */
  public static final String FORMER_PARTICIPANT = "a former participant";

  private final MongoCollection<Document> participants;
  private final WriteBarrier barrier;
  private final Clock clock;

  public ParticipantAccounts(MongoDatabase database, WriteBarrier barrier, Clock clock) {
    this.participants = database.getCollection("participants");
    this.barrier = barrier;
    this.clock = clock;
    Mono.from(
            participants.createIndex(
                Indexes.ascending("email"), new IndexOptions().unique(true).name("email")))
        .block();
  }

  public static String normalizeEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /** Stores a new account; fails with {@link EmailTakenException} when the e-mail is in use. */
  public Mono<ParticipantAccount> create(
      String displayName,
      String email,
      String passwordHash,
      @Nullable String postcode,
      Set<Role> roles) {
    var account =
        new ParticipantAccount(
            ParticipantId.random(),
            displayName.strip(),
            normalizeEmail(email),
            passwordHash,
            postcode == null || postcode.isBlank() ? null : postcode.strip(),
            roles,
            clock.instant());
    return Mono.from(participants.insertOne(toDocument(account)))
        .onErrorMap(
            MongoWriteException.class,
            e ->
                e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                    ? new EmailTakenException()
                    : e)
        .then(durable())
        .thenReturn(account);
  }

  public Mono<ParticipantAccount> byId(ParticipantId id) {
    return Mono.from(participants.find(eq("_id", id.value())).first())
        .map(ParticipantAccounts::fromDocument);
  }

  public Mono<ParticipantAccount> byEmail(String email) {
    return Mono.from(participants.find(eq("email", normalizeEmail(email))).first())
        .map(ParticipantAccounts::fromDocument);
  }

  /** Display names by id; ids with no account (erased participants) map to {@link #FORMER_PARTICIPANT}. */
  public Mono<Map<ParticipantId, String>> displayNames(Collection<ParticipantId> ids) {
    var distinct = Set.copyOf(ids);
    if (distinct.isEmpty()) {
      return Mono.just(Map.of());
    }
    var keys = distinct.stream().map(ParticipantId::value).toList();
    return Flux.from(participants.find(com.mongodb.client.model.Filters.in("_id", keys)))
        .collectMap(
            document -> new ParticipantId(document.getString("_id")),
            document -> document.getString("displayName"))
        .map(
            found ->
                distinct.stream()
                    .collect(
                        Collectors.toMap(
                            id -> id, id -> found.getOrDefault(id, FORMER_PARTICIPANT))));
  }

  /** The accounts of these participants that still exist (erased and imported participants have none), by id. */
  public Mono<Map<ParticipantId, ParticipantAccount>> byIds(Collection<ParticipantId> ids) {
    var keys = ids.stream().map(ParticipantId::value).distinct().toList();
    if (keys.isEmpty()) {
      return Mono.just(Map.of());
    }
    return Flux.from(participants.find(com.mongodb.client.model.Filters.in("_id", keys)))
        .map(ParticipantAccounts::fromDocument)
        .collectMap(ParticipantAccount::id);
  }

  public Mono<Void> setRoles(ParticipantId id, Set<Role> roles) {
    return Mono.from(
            participants.updateOne(eq("_id", id.value()), Updates.set("roles", names(roles))))
        .then(durable());
  }

  /** Deletes the participant's document: their name, e-mail, postcode and password hash. */
  public Mono<Void> erase(ParticipantId id) {
    return Mono.from(participants.deleteOne(eq("_id", id.value()))).then(durable());
  }

  private Mono<Void> durable() {
    return Mono.fromRunnable(barrier::afterWrite).subscribeOn(Schedulers.boundedElastic()).then();
  }

  private static Document toDocument(ParticipantAccount account) {
    return new Document("_id", account.id().value())
        .append("displayName", account.displayName())
        .append("email", account.email())
        .append("passwordHash", account.passwordHash())
        .append("postcode", account.postcode())
        .append("roles", names(account.roles()))
        .append("createdAt", Date.from(account.createdAt()));
  }

  private static List<String> names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toList();
  }

  private static ParticipantAccount fromDocument(Document document) {
    var roles = EnumSet.noneOf(Role.class);
    for (var role : document.getList("roles", String.class, List.of())) {
      roles.add(Role.valueOf(role));
    }
    return new ParticipantAccount(
        new ParticipantId(document.getString("_id")),
        document.getString("displayName"),
        document.getString("email"),
        document.getString("passwordHash"),
        document.getString("postcode"),
        roles,
        document.getDate("createdAt") == null
            ? Instant.EPOCH
            : document.getDate("createdAt").toInstant());
  }
}
