package org.deliberation.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The deliberation wiki server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeliberationApplication {

  static {
    // Axon 4 would otherwise contact AxonIQ at start-up and write ~/.axoniq; a public server must not phone home.
    System.setProperty("axoniq.update-checker.disabled", "true");
  }

  public static void main(String[] args) {
    SpringApplication.run(DeliberationApplication.class, args);
  }
}
