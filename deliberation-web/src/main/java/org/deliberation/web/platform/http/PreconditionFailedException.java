package org.deliberation.web.platform.http;

import java.util.Map;

/** An {@code If-Match} that does not hold; mapped to 412, with any extra fields the client needs to recover. */
public class PreconditionFailedException extends RuntimeException {

  private final Map<String, Object> properties;

  public PreconditionFailedException(String detail, Map<String, Object> properties) {
    super(detail);
    this.properties = Map.copyOf(properties);
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
