package org.deliberation.web.platform.store;

import java.net.InetSocketAddress;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A store node: the embedded store served over the MongoDB wire protocol to app nodes that point {@code
 * DELIBERATION_MONGODB_URI} at it, exactly as they would at a replica set, and nothing else (no web server, no
 * projections). It is one process on one machine, not a replica set: it is for running and testing several app nodes
 * without installing MongoDB, not for surviving the loss of that machine.
 *
 * <p>Not a component: only {@link #run} starts it, so the app nodes' component scan never creates it.
 */
@EnableConfigurationProperties({DeliberationProperties.class, StoreNodeProperties.class})
public class StoreNode {

  private static final Logger log = LoggerFactory.getLogger(StoreNode.class);

  /** Starts a store node; it runs until the process is stopped, and commits its file when stopped cleanly. */
  public static ConfigurableApplicationContext run(String[] args) {
    var application = new SpringApplication(StoreNode.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    return application.run(args);
  }

  @Bean(destroyMethod = "close")
  EmbeddedMongo servedStore(DeliberationProperties properties, StoreNodeProperties store) {
    var served =
        new EmbeddedMongo(properties.dataDir(), new InetSocketAddress(store.host(), store.port()));
    log.info(
        "Store node serving {} on {} (app nodes: DELIBERATION_MONGODB_URI={})",
        properties.dataDir().toAbsolutePath(),
        served.address(),
        served.connectionString());
    return served;
  }
}
