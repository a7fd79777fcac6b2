package org.deliberation.web.notification.mail;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowId;
import org.deliberation.core.follow.FollowTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The token of an unsubscribe link: the follow it names and its HMAC under a key kept in the store (drawn once, by
 * whichever node starts first), so links stay valid across restarts and nodes and nobody can forge one for another
 * person's follow.
 */
@Component
public class UnsubscribeTokens {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int LONGEST = 600;

  private final MongoDatabase database;

  // Drawn or read on first use, not at start: a start then writes nothing to the store for it (the
  // store's first
  // insert into a new collection was a measurable share of an empty start), and a node that never
  // mails never asks.
  private volatile @Nullable SecretKeySpec key;

  public UnsubscribeTokens(MongoDatabase database) {
    this.database = database;
  }

  private SecretKeySpec key() {
    var known = key;
    if (known == null) {
      synchronized (this) {
        known = key;
        if (known == null) {
          known = keptKey();
          key = known;
        }
      }
    }
    return known;
  }

  private SecretKeySpec keptKey() {
    var keys = database.getCollection("notification_keys");
    var drawn = new byte[32];
    new SecureRandom().nextBytes(drawn);
    try {
      keys.insertOne(
          new Document("_id", "unsubscribe").append("key", ENCODER.encodeToString(drawn)));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    var kept = keys.find(eq("_id", "unsubscribe")).first();
    return new SecretKeySpec(DECODER.decode(kept.getString("key")), "HmacSHA256");
  }

  public String sign(FollowId follow) {
    var payload = follow.participant().value() + "\n" + follow.target().key();
    var encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + ENCODER.encodeToString(mac(encoded));
  }

  /** The follow a token names; null for anything this server did not sign. */
  public @Nullable FollowId verify(String token) {
    int dot = token.indexOf('.');
    if (token.length() > LONGEST || dot <= 0) {
      return null;
    }
    var encoded = token.substring(0, dot);
    try {
      var given = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(given, mac(encoded))) {
        return null;
      }
      var payload = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
      int newline = payload.indexOf('\n');
      return new FollowId(
          new ParticipantId(payload.substring(0, newline)),
          FollowTarget.fromKey(payload.substring(newline + 1)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private byte[] mac(String payload) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
