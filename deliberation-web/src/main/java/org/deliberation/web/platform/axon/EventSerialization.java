package org.deliberation.web.platform.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How Axon writes what it stores (events, snapshots, tracking tokens, dead letters) and reads it back: Axon 4's
 * {@link JacksonSerializer} over a Jackson 2 mapper that knows {@code java.time}, revisions from {@code @Revision}.
 * Spelled out here, in one place, so that the golden tests of the stored events serialize exactly as the event store
 * does (see docs/event-store.md).
 *
 * <p>It is what {@code axon.serializer.*=jackson} built before: Axon's default mapper registered the Jackson modules
 * found on the class path, which were {@link JavaTimeModule} alone. Here the module is named, so that a new dependency
 * bringing another module cannot change the shape of what is stored.
 */
public final class EventSerialization {

  /** The mapper behind the serializer; Axon adds its own module for metadata to it. */
  public static ObjectMapper objectMapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule());
  }

  /** The serializer of everything Axon stores, events included. */
  public static Serializer serializer() {
    return JacksonSerializer.builder()
        .objectMapper(objectMapper())
        .revisionResolver(new AnnotationRevisionResolver())
        .converter(new ChainingConverter(EventSerialization.class.getClassLoader()))
        .build();
  }

  private EventSerialization() {}
}
