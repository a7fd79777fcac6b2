package org.deliberation.web.axon;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.deliberation.core.page.Page;
import org.deliberation.core.participant.Participant;
import org.deliberation.core.project.Project;
import org.deliberation.web.config.DeliberationProperties;
import org.deliberation.web.eventstore.CommitLogEventStorageEngine;
import org.deliberation.web.eventstore.WriteBarrier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon on MongoDB without Axon Server: our commit-log storage engine, the extension's token store, and the core
 * aggregates, which cannot carry Spring's {@code @Aggregate} themselves.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

  @Bean
  ConfigurerModule aggregates() {
    return configurer -> configurer
        .configureAggregate(Project.class)
        .configureAggregate(Page.class)
        .configureAggregate(Participant.class);
  }

  /** MongoDB has no multi-document transactions on the embedded store; every write here is one document. */
  @Bean
  TransactionManager axonTransactionManager() {
    return NoTransactionManager.INSTANCE;
  }

  @Bean
  EventStorageEngine eventStorageEngine(com.mongodb.client.MongoDatabase database, WriteBarrier barrier,
      @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer) {
    return CommitLogEventStorageEngine.builder()
        .database(database)
        .barrier(barrier)
        .eventSerializer(eventSerializer)
        .snapshotSerializer(serializer)
        .build();
  }

  @Bean
  EventStore eventStore(EventStorageEngine storageEngine) {
    // Other nodes' commits are only seen by polling: a short delay keeps them live without a busy loop.
    return EmbeddedEventStore.builder()
        .storageEngine(storageEngine)
        .fetchDelay(100)
        .cleanupDelay(10_000)
        .build();
  }

  @Bean
  TokenStore tokenStore(MongoClient client, DeliberationProperties properties, Serializer serializer) {
    return MongoTokenStore.builder()
        .mongoTemplate(DefaultMongoTemplate.builder()
            .mongoDatabase(client, properties.mongodb().database())
            .trackingTokensCollectionName("tracking_tokens")
            .build())
        .serializer(serializer)
        .claimTimeout(Duration.ofSeconds(10))
        .build();
  }
}
