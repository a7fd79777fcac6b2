package org.deliberation.web.search;

import java.io.IOException;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.deliberation.search.SearchIndex;
import org.deliberation.web.platform.axon.Projection;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens this node's index under the data folder; a new, unreadable or outdated index starts a rebuild. */
@Configuration(proxyBeanMethods = false)
public class SearchConfig {

  private static final Logger log = LoggerFactory.getLogger(SearchConfig.class);

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(DeliberationProperties properties) throws IOException {
    var index = SearchIndex.open(properties.dataDir().resolve("index"));
    if (index.rebuilding()) {
      log.info(
          "The search index is new or of another schema; it is rebuilt from the events while the server serves");
    }
    return index;
  }

  @Bean
  static Projection searchDeclared() {
    return Projection.ownPositionCatchingUpWhileServing(SearchProjection.GROUP);
  }

  /** This node's search index keeps its own position, committed with the index (see {@link IndexTokenStore}). */
  @Bean
  ConfigurerModule searchTokenStore(SearchIndex index, Serializer serializer, Clock clock) {
    return configurer ->
        configurer
            .eventProcessing()
            .registerTokenStore(
                SearchProjection.GROUP, c -> new IndexTokenStore(index, serializer, clock));
  }
}
