package org.deliberation.web.participant;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import org.bson.Document;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sign-in tokens: 256 random bits given to the participant once, stored only as their SHA-256, so that a copy of the
 * database does not let anyone sign in. A token is valid until it expires or its participant is erased.
 */
@Component
public class SessionTokens {

  private final MongoCollection<Document> sessions;
  private final DeliberationProperties properties;
  private final WriteBarrier barrier;
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  public SessionTokens(
      MongoDatabase database,
      DeliberationProperties properties,
      WriteBarrier barrier,
      Clock clock) {
    this.sessions = database.getCollection("sessions");
    this.properties = properties;
    this.barrier = barrier;
    this.clock = clock;
  }

  /** A new token and its expiry. */
  public record Issued(String token, Instant expiresAt) {}

  public Mono<Issued> issue(ParticipantId participant) {
    var bytes = new byte[32];
    random.nextBytes(bytes);
    var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var expiresAt = clock.instant().plus(properties.sessions().lifetime());
    var document =
        new Document("_id", hash(token))
            .append("participant", participant.value())
            .append("expiresAt", Date.from(expiresAt));
    return Mono.from(sessions.insertOne(document))
        .then(Mono.fromRunnable(barrier::afterWrite).subscribeOn(Schedulers.boundedElastic()))
        .thenReturn(new Issued(token, expiresAt));
  }

  /** A session: whose it is and until when it is valid. */
  public record Session(ParticipantId participant, Instant expiresAt) {}

  /** The session of a valid token; empty when the token is unknown or expired. */
  public Mono<Session> resolve(String token) {
    return Mono.from(sessions.find(eq("_id", hash(token))).first())
        .map(
            session ->
                new Session(
                    new ParticipantId(session.getString("participant")),
                    session.getDate("expiresAt").toInstant()))
        .filter(session -> session.expiresAt().isAfter(clock.instant()));
  }

  /** Ends one session: signing out. */
  public Mono<Void> revoke(String token) {
    return Mono.from(sessions.deleteOne(eq("_id", hash(token)))).then();
  }

  /** Ends every session of a participant. */
  public Mono<Void> revokeAll(ParticipantId participant) {
    return Mono.from(sessions.deleteMany(eq("participant", participant.value()))).then();
  }

  static String hash(String token) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
