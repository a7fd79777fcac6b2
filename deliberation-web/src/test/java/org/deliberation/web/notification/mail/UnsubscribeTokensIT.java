package org.deliberation.web.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowId;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unsubscribe key is drawn on first use rather than at start: a start writes nothing for it, the first link
 * signed draws and keeps it, and another node (or the next start) on the same store verifies that link.
 */
class UnsubscribeTokensIT {

  @TempDir Path folder;

  private EmbeddedMongo store;
  private MongoClient client;
  private MongoDatabase database;

  @BeforeEach
  void openStore() {
    store = new EmbeddedMongo(folder);
    client = MongoClients.create(store.connectionString());
    database = client.getDatabase("tokens-test");
  }

  @AfterEach
  void closeStore() {
    client.close();
    store.close();
  }

  @Test
  void theKeyIsDrawnOnFirstUseAndKeptForEveryNode() {
    var first = new UnsubscribeTokens(database);
    var second = new UnsubscribeTokens(database);
    assertThat(database.getCollection("notification_keys").countDocuments()).isZero();

    var follow = new FollowId(new ParticipantId("p-1"), FollowTarget.project("hall"));
    var token = first.sign(follow);

    assertThat(database.getCollection("notification_keys").countDocuments()).isEqualTo(1);
    assertThat(second.verify(token)).isEqualTo(follow);
    assertThat(new UnsubscribeTokens(database).verify(token)).isEqualTo(follow);
    var other = new FollowId(new ParticipantId("p-2"), FollowTarget.project("hall"));
    var forged =
        first.sign(other).substring(0, first.sign(other).indexOf('.'))
            + token.substring(token.indexOf('.'));
    assertThat(second.verify(forged)).isNull();
  }
}
