package org.deliberation.web.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.deliberation.web.testing.EventSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored shape of every event, pinned: each event record of the core, serialized by the event store's own
 * serializer ({@link EventSerialization}), must give the JSON of {@code golden-events/<EventName>.json}, and that JSON
 * must read back into an equal event.
 *
 * <p>The event store keeps every event forever, in the shape it had when it was stored. A golden file that no longer
 * matches therefore means that the events already stored would be read differently, or not at all: do not just
 * regenerate the file. The change needs an upcaster (an Axon {@code EventUpcaster} given to the event store) that
 * turns the stored JSON into the new shape, the new shape a new revision ({@code @Revision}), the upcaster a test that
 * reads the old golden file; then the golden file is replaced (docs/event-store.md). A renamed or moved event class
 * changes its {@code payloadType}, which needs the same. A new event needs a sample in {@link EventSamples}; run this
 * test once with {@code -Dgolden-events.write=true} to write its missing golden file, read it, and commit it.
 * Existing files are never overwritten.
 */
class GoldenEventsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden-events");

  private static final Serializer SERIALIZER = EventSerialization.serializer();

  /** Reads and prints golden files; decimals kept exact, as an instant's nanoseconds are written as a decimal. */
  private static final ObjectMapper FILES =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** Every record in the core's {@code event} packages: what the aggregates append to the store. */
  static Set<Class<?>> coreEvents() {
    return new ClassFileImporter()
        .importPackages("org.deliberation.core").stream()
            .filter(type -> type.getPackageName().endsWith(".event"))
            .map(type -> (Class<?>) type.reflect())
            .filter(Class::isRecord)
            .collect(Collectors.toSet());
  }

  static Stream<Class<?>> events() {
    return coreEvents().stream().sorted((a, b) -> a.getName().compareTo(b.getName()));
  }

  @Test
  void everyEventHasASampleAndAGoldenFileAndNoGoldenFileIsLeftOver() throws IOException {
    assertThat(EventSamples.all().keySet())
        .as("the samples of EventSamples")
        .containsExactlyInAnyOrderElementsOf(coreEvents());
    try (var files = Files.list(GOLDEN)) {
      var names =
          files
              .map(file -> file.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(names)
          .as("the golden files")
          .isEqualTo(
              coreEvents().stream()
                  .map(type -> type.getSimpleName() + ".json")
                  .collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  @ParameterizedTest
  @MethodSource("events")
  void storesTheEventAsItsGoldenFileSaysAndReadsTheFileBack(Class<?> type) throws IOException {
    var sample = EventSamples.all().get(type);
    assertThat(sample).as("a sample of %s in EventSamples", type.getSimpleName()).isNotNull();
    var serialized = SERIALIZER.serialize(sample, String.class);
    var stored =
        FILES
            .createObjectNode()
            .put("payloadType", serialized.getType().getName())
            .put("payloadRevision", serialized.getType().getRevision())
            .set("payload", FILES.readTree(serialized.getData()));

    var file = GOLDEN.resolve(type.getSimpleName() + ".json");
    if (!Files.exists(file) && Boolean.getBoolean("golden-events.write")) {
      Files.writeString(file, FILES.writeValueAsString(stored) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(file)
        .as("the golden file of %s (see this test's javadoc to write it)", type.getSimpleName())
        .exists();
    var golden = (ObjectNode) FILES.readTree(Files.readString(file, StandardCharsets.UTF_8));
    assertThat((JsonNode) stored)
        .as(
            "%s as stored, against its golden file: a changed shape needs an upcaster",
            type.getSimpleName())
        .isEqualTo(golden);

    var read =
        SERIALIZER.deserialize(
            new SimpleSerializedObject<>(
                FILES.writeValueAsString(golden.get("payload")),
                String.class,
                golden.get("payloadType").asText(),
                golden.get("payloadRevision").textValue()));
    assertThat(read)
        .as("%s read back from its golden file", type.getSimpleName())
        .isEqualTo(sample);
  }
}
