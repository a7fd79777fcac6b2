package org.deliberation.web.platform.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot reads back whole, or is rejected with the reason: another format or schema, damage, an early end. */
class SnapshotFileTest {

  @TempDir Path dir;

  private Path written(String schema, byte[] events) throws IOException {
    var bytes = new ChunkedBytes();
    bytes.write(events, 0, events.length);
    var file = dir.resolve("projection.snapshot");
    SnapshotFile.write(
        file,
        schema,
        new SnapshotFile.SerializedToken("Token", "1", new byte[] {7, 8}),
        3,
        bytes.prefix());
    return file;
  }

  @Test
  void readsBackItsTokenCountAndEventsAndLeavesNoTemporaryFile() throws Exception {
    var events = new byte[ChunkedBytes.CHUNK + 123];
    for (int i = 0; i < events.length; i++) {
      events[i] = (byte) (i * 31);
    }
    var file = written("events-1;", events);

    var loaded = SnapshotFile.read(file, "events-1;");

    assertThat(loaded.count()).isEqualTo(3);
    assertThat(loaded.token().type()).isEqualTo("Token");
    assertThat(loaded.token().revision()).isEqualTo("1");
    assertThat(loaded.token().data()).containsExactly(7, 8);
    assertThat(loaded.events().prefix().open().readAllBytes()).isEqualTo(events);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aSnapshotOfAnotherSchemaIsRejected() throws Exception {
    var file = written("events-1;VoteCast:1", new byte[] {1, 2, 3});

    assertThatThrownBy(() -> SnapshotFile.read(file, "events-1;VoteCast:2"))
        .isInstanceOf(SnapshotFile.Rejected.class)
        .hasMessageContaining("schema events-1;VoteCast:1");
  }

  @Test
  void aSnapshotOfAnotherFormatIsRejected() throws Exception {
    var file = written("s", new byte[] {1, 2, 3});
    var bytes = Files.readAllBytes(file);
    bytes[11] = 9; // the format's version follows the 8 bytes of the magic number
    Files.write(file, bytes);

    assertThatThrownBy(() -> SnapshotFile.read(file, "s"))
        .isInstanceOf(SnapshotFile.Rejected.class)
        .hasMessageContaining("format");
  }

  @Test
  void anyByteChangedIsDetected() throws Exception {
    var file = written("s", new byte[] {1, 2, 3, 4, 5, 6});
    var original = Files.readAllBytes(file);
    // Each byte after the header's schema, flipped in turn: the token, the counts, the events, the
    // checksum.
    for (int i = 8 + 4 + 3; i < original.length; i++) {
      var damaged = original.clone();
      damaged[i] ^= 0x10;
      Files.write(file, damaged);
      assertThatThrownBy(() -> SnapshotFile.read(file, "s"))
          .as("byte %d changed", i)
          .isInstanceOf(SnapshotFile.Rejected.class);
    }
  }

  @Test
  void aTruncatedSnapshotIsRejected() throws Exception {
    var file = written("s", new byte[] {1, 2, 3, 4, 5, 6});
    var original = Files.readAllBytes(file);
    for (int length = 0; length < original.length; length++) {
      Files.write(file, java.util.Arrays.copyOf(original, length));
      assertThatThrownBy(() -> SnapshotFile.read(file, "s"))
          .as("cut at %d bytes", length)
          .isInstanceOf(SnapshotFile.Rejected.class);
    }
  }
}
