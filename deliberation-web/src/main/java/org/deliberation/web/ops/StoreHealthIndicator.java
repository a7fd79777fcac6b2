package org.deliberation.web.ops;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** UP when the document store answers a ping. */
@Component("store")
public class StoreHealthIndicator implements ReactiveHealthIndicator {

  private final MongoDatabase database;

  public StoreHealthIndicator(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public Mono<Health> health() {
    return Mono.from(database.runCommand(new Document("ping", 1)))
        .map(answer -> Health.up().build())
        .onErrorResume(e -> Mono.just(Health.down().withDetail("store", "not answering").build()));
  }
}
