package org.deliberation.web.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.axonframework.serialization.SimpleSerializedObject;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.statement.AuthorRole;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.web.testing.EventSamples;
import org.junit.jupiter.api.Test;

/**
 * Events stored in a shape an event has since outgrown still read: {@code golden-events-earlier/} keeps each such
 * shape as it was stored. A field added since reads as null, and the code that reads it supplies the default.
 */
class EarlierEventShapesTest {

  private static final Path EARLIER = Path.of("src/test/resources/golden-events-earlier");

  @Test
  void aStatementPostedBeforeItsAuthorsCapacityWasRecordedReadsWithTheDefaultOfItsKind()
      throws IOException {
    var stored =
        new ObjectMapper()
            .readTree(
                Files.readString(EARLIER.resolve("StatementPosted.json"), StandardCharsets.UTF_8));
    var read =
        (StatementPosted)
            EventSerialization.serializer()
                .deserialize(
                    new SimpleSerializedObject<>(
                        stored.get("payload").toString(),
                        String.class,
                        stored.get("payloadType").asText(),
                        null));

    var sample = (StatementPosted) EventSamples.all().get(StatementPosted.class);
    assertThat(read.authorRole()).isNull();
    assertThat(read.role()).isEqualTo(AuthorRole.EXPERT); // a viewpoint needed the expert role
    assertThat(read.text()).isEqualTo(sample.text());
    assertThat(read.author()).isEqualTo(sample.author());
  }

  @Test
  void aProjectCreatedBeforePetitionsExistedReadsAsOpenedFromNone() throws IOException {
    var stored =
        new ObjectMapper()
            .readTree(
                Files.readString(EARLIER.resolve("ProjectCreated.json"), StandardCharsets.UTF_8));
    var read =
        (ProjectCreated)
            EventSerialization.serializer()
                .deserialize(
                    new SimpleSerializedObject<>(
                        stored.get("payload").toString(),
                        String.class,
                        stored.get("payloadType").asText(),
                        null));

    var sample = (ProjectCreated) EventSamples.all().get(ProjectCreated.class);
    assertThat(read.petition()).isNull();
    assertThat(sample.petition()).isNotNull();
    assertThat(read.slug()).isEqualTo(sample.slug());
    assertThat(read.createdBy()).isEqualTo(sample.createdBy());
  }
}
