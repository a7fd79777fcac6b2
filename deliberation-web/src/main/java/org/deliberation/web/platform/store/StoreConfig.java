package org.deliberation.web.platform.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the store: a real MongoDB when {@code deliberation.mongodb.uri} is set, otherwise the embedded one under
 * the data folder. Everything else receives the clients and never knows which.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

  @Bean(destroyMethod = "close")
  @Nullable EmbeddedMongo embeddedMongo(DeliberationProperties properties) {
    return properties.mongodb().embedded() ? new EmbeddedMongo(properties.dataDir()) : null;
  }

  @Bean
  MongoClientSettings mongoClientSettings(
      DeliberationProperties properties, ObjectProvider<EmbeddedMongo> embedded) {
    var uri =
        properties.mongodb().embedded()
            ? embedded.getObject().connectionString()
            : properties.mongodb().uri();
    return MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri)).build();
  }

  @Bean(destroyMethod = "close")
  MongoClient mongoClient(MongoClientSettings settings) {
    return MongoClients.create(settings);
  }

  @Bean(destroyMethod = "close")
  com.mongodb.reactivestreams.client.MongoClient reactiveMongoClient(MongoClientSettings settings) {
    return com.mongodb.reactivestreams.client.MongoClients.create(settings);
  }

  @Bean
  MongoDatabase mongoDatabase(MongoClient client, DeliberationProperties properties) {
    return client.getDatabase(properties.mongodb().database());
  }

  @Bean
  com.mongodb.reactivestreams.client.MongoDatabase reactiveMongoDatabase(
      com.mongodb.reactivestreams.client.MongoClient client, DeliberationProperties properties) {
    return client.getDatabase(properties.mongodb().database());
  }

  @Bean
  WriteBarrier writeBarrier(ObjectProvider<EmbeddedMongo> embedded) {
    var store = embedded.getIfAvailable();
    return store == null ? WriteBarrier.NONE : store.barrier();
  }
}
