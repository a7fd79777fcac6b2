package org.deliberation.web.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The event store's contract on a real MongoDB replica set; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class MongoCommitLogEventStorageEngineIT extends CommitLogEventStorageEngineContract {

  @Container static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

  private static MongoClient client;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(MONGO.getReplicaSetUrl());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Override
  protected MongoDatabase freshDatabase() {
    return client.getDatabase("test-" + UUID.randomUUID());
  }
}
