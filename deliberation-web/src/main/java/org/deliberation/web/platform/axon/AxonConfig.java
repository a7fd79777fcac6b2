package org.deliberation.web.platform.axon;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.deliberation.core.follow.Follow;
import org.deliberation.core.page.Page;
import org.deliberation.core.participant.Participant;
import org.deliberation.core.petition.Authority;
import org.deliberation.core.petition.Petition;
import org.deliberation.core.project.Project;
import org.deliberation.core.statement.Statement;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.eventstore.CommitLogEventStorageEngine;
import org.deliberation.web.platform.eventstore.LaterCommits;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on MongoDB without Axon Server: our commit-log storage engine, the extension's token store, and the core
 * aggregates, which cannot carry Spring's {@code @Aggregate} themselves.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

  /** Pages kept loaded: each holds its revisions' texts, so a few thousand stay well inside the heap. */
  private static final int PAGES_KEPT = 2048;

  /**
   * The core aggregates, each with a cache: a page with hundreds of revisions is not reloaded for every edit. The cache
   * holds weak references, so memory pressure empties it; on a shared store an entry another node has changed since is
   * not used, and when another node changes it between that check and the append, the append conflicts, the entry is
   * evicted, and the command is retried on fresh state (see the gateway).
   */
  @Bean
  ConfigurerModule aggregates(
      DeliberationProperties properties, com.mongodb.client.MongoDatabase database) {
    // On a store of its own (embedded) only this node writes, and a cached aggregate is current; on
    // a shared store
    // (a replica set, a store node) another node may have changed it: see
    // SharedStoreAggregateCache.
    var later = new LaterCommits(database);
    Supplier<Cache> cache =
        properties.mongodb().embedded()
            ? WeakReferenceCache::new
            : () -> new SharedStoreAggregateCache(later::after);
    return configurer ->
        configurer
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Project.class)
                    .configureCache(c -> cache.get()))
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Page.class)
                    // Soft, not weak: a page edited again and again stays loaded between its edits
                    // (on a shared store, the check against other nodes' commits comes first).
                    .configureCache(
                        c ->
                            properties.mongodb().embedded()
                                ? new SoftReferenceCache(PAGES_KEPT)
                                : cache.get()))
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Participant.class)
                    .configureCache(c -> cache.get()))
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Statement.class)
                    .configureCache(c -> cache.get()))
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Follow.class)
                    .configureCache(c -> cache.get()))
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Authority.class)
                    .configureCache(c -> cache.get()))
            // A petition signed 10,000 times is 10,000 events: the cache keeps it loaded between
            // signatures (docs/petitions.md).
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Petition.class)
                    .configureCache(c -> cache.get()));
  }

  /**
   * The projections kept in memory (the live deliberations, the activity feed) keep their tokens in memory too: each
   * start replays the whole history into them, which is what rebuilds them. With snapshots on, platform.snapshot
   * replaces these token stores with its own and a start replays only the events after each snapshot.
   */
  @Bean
  ConfigurerModule inMemoryProjections(List<Projection> projections) {
    return configurer -> {
      for (var projection : projections) {
        if (projection.position() == Projection.Position.REBUILT_AT_START) {
          configurer
              .eventProcessing()
              .registerTokenStore(projection.group(), c -> new InMemoryTokenStore());
        }
      }
    };
  }

  /**
   * Retries a command whose append lost a race (Axon's ConcurrencyException is transient): the retry reloads the
   * aggregate and its rules decide again, so a page edit that raced another is merged or refused with a conflict as
   * if it had arrived second, instead of failing with "try again".
   */
  @Bean
  CommandGateway commandGateway(
      CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(
            IntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                // Only a lost race is worth another try; a refusal by the rules would be refused
                // again.
                .nonTransientFailurePredicate(failure -> !(failure instanceof ConcurrencyException))
                .maxRetryCount(3)
                .retryInterval(20)
                .build())
        .build();
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService commandRetryExecutor() {
    return Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("command-retry").daemon().factory());
  }

  /**
   * The serializer of everything Axon stores. With {@code axon.serializer.*=jackson} Axon's auto-configuration uses
   * this one for events and messages too (its event and message serializers fall back to the general one).
   */
  @Bean
  @Primary
  Serializer serializer() {
    return EventSerialization.serializer();
  }

  /** MongoDB has no multi-document transactions on the embedded store; every write here is one document. */
  @Bean
  TransactionManager axonTransactionManager() {
    return NoTransactionManager.INSTANCE;
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      com.mongodb.client.MongoDatabase database,
      WriteBarrier barrier,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Serializer serializer,
      Clock clock,
      DeliberationProperties properties) {
    return CommitLogEventStorageEngine.builder()
        .database(database)
        .barrier(barrier)
        // The embedded store is served to nothing but this process (a store node has no engine).
        .onlyWriter(properties.mongodb().embedded())
        .clock(clock)
        .eventSerializer(eventSerializer)
        .snapshotSerializer(serializer)
        .build();
  }

  @Bean
  EventStore eventStore(EventStorageEngine storageEngine) {
    // Other nodes' commits are only seen by polling: a short delay keeps them live without a busy
    // loop.
    return EmbeddedEventStore.builder()
        .storageEngine(storageEngine)
        .fetchDelay(100)
        .cleanupDelay(10_000)
        .build();
  }

  @Bean
  MongoTemplate axonMongoTemplate(MongoClient client, DeliberationProperties properties) {
    return DefaultMongoTemplate.builder()
        .mongoDatabase(client, properties.mongodb().database())
        .trackingTokensCollectionName("tracking_tokens")
        .deadLetterCollectionName("dead_letters")
        .build();
  }

  @Bean
  TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
    return MongoTokenStore.builder()
        .mongoTemplate(axonMongoTemplate)
        .serializer(serializer)
        .claimTimeout(Duration.ofSeconds(10))
        .build();
  }

  /**
   * Every projection parks an event it fails on in its dead-letter queue (with the events of the same aggregate that
   * follow it, to keep their order) and goes on with the others, so one bad event never blocks a read model.
   */
  @Bean
  ConfigurerModule deadLetterQueues(
      List<Projection> projections, MongoTemplate axonMongoTemplate, Serializer serializer) {
    var rebuiltAtStart =
        projections.stream()
            .filter(projection -> projection.position() == Projection.Position.REBUILT_AT_START)
            .map(Projection::group)
            .toList();
    return configurer -> {
      configurer
          .eventProcessing()
          .registerDeadLetterQueueProvider(
              group ->
                  configuration ->
                      rebuiltAtStart.contains(group)
                          // Rebuilt from every event at each start, these projections meet their
                          // poison again then; a queue
                          // kept in the store would collect the same event once per start, and be
                          // shared by every node.
                          ? InMemorySequencedDeadLetterQueue.<EventMessage<?>>defaultQueue()
                          : MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                              .processingGroup(group)
                              .mongoTemplate(axonMongoTemplate)
                              .serializer(serializer)
                              .transactionManager(NoTransactionManager.INSTANCE)
                              .build());
      // Without this cache every event costs a query asking whether its sequence is parked; with
      // it, a queue that
      // was empty at start is asked only about sequences parked since (a million-vote import: a
      // million queries less).
      for (var projection : projections) {
        configurer
            .eventProcessing()
            .registerDeadLetteringEventHandlerInvokerConfiguration(
                projection.group(),
                (configuration, builder) -> builder.enableSequenceIdentifierCache());
      }
    };
  }
}
