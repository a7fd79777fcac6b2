package org.deliberation.web;

import org.deliberation.web.platform.store.NodeRole;
import org.deliberation.web.platform.store.StoreNode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.io.DefaultResourceLoader;

/** The deliberation wiki server: an app node, or with {@code DELIBERATION_ROLE=store} a store node. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeliberationApplication {

  static {
    // Axon 4 would otherwise contact AxonIQ at start-up and write ~/.axoniq; a public server must
    // not phone home.
    System.setProperty("axoniq.update-checker.disabled", "true");
  }

  public static void main(String[] args) {
    if (NodeRole.requested(args, System.getenv()) == NodeRole.STORE) {
      StoreNode.run(args);
      return;
    }
    var application = new SpringApplication(DeliberationApplication.class);
    // Pages may render on the database driver's threads, whose context class loader cannot see the
    // packaged jar's
    // classes: resources (templates, messages) are read with the application's own class loader
    // instead.
    application.setResourceLoader(
        new DefaultResourceLoader(DeliberationApplication.class.getClassLoader()));
    application.run(args);
  }
}
