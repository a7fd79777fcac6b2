package org.deliberation.web.platform.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a store node serves the embedded store ({@code DELIBERATION_STORE_HOST}, {@code DELIBERATION_STORE_PORT}).
 *
 * @param host the address to listen on; loopback by default, since the store asks no password: serve it beyond this
 *     machine only on a private network
 * @param port the MongoDB wire protocol's port; 0 picks a free one (tests)
 */
@ConfigurationProperties("deliberation.store")
public record StoreNodeProperties(
    @DefaultValue("127.0.0.1") String host, @DefaultValue("27017") int port) {

  public StoreNodeProperties {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          "DELIBERATION_STORE_PORT is " + port + ": it must be a TCP port, 1 to 65535");
    }
    if (host.isBlank()) {
      throw new IllegalArgumentException(
          "DELIBERATION_STORE_HOST is blank: give an address to listen on, e.g. 127.0.0.1");
    }
  }
}
