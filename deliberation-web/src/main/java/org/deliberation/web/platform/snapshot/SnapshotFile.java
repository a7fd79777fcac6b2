package org.deliberation.web.platform.snapshot;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot on disk: a magic number and the format's version, the schema it was written with, the tracking token
 * (its serialized type, revision and bytes: a gap-aware token with its gaps), the number and bytes of the events, and
 * a CRC32C of all of it. Written to a temporary file that is forced to disk, then moved over the last one in one
 * step, so a crash leaves the previous snapshot or the new one, never half of one.
 */
final class SnapshotFile {

  private static final byte[] MAGIC = {'D', 'L', 'B', 'S', 'N', 'A', 'P', 1};
  static final int FORMAT = 1;

  /** A token as the serializer wrote it. */
  record SerializedToken(String type, @Nullable String revision, byte[] data) {}

  /** A snapshot read back, checked. */
  record Loaded(String schema, SerializedToken token, long count, ChunkedBytes events) {}

  /** Why a snapshot is not used: it is rebuilt from the events instead. */
  static final class Rejected extends Exception {
    Rejected(String reason) {
      super(reason);
    }
  }

  private SnapshotFile() {}

  static void write(
      Path file, String schema, SerializedToken token, long count, ChunkedBytes.Prefix events)
      throws IOException {
    Files.createDirectories(file.getParent());
    var temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try (var channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      var crc = new CRC32C();
      var out =
          new DataOutputStream(
              new CheckedOutputStream(
                  new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), crc));
      out.write(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(schema);
      out.writeUTF(token.type());
      out.writeBoolean(token.revision() != null);
      if (token.revision() != null) {
        out.writeUTF(token.revision());
      }
      out.writeInt(token.data().length);
      out.write(token.data());
      out.writeLong(count);
      out.writeLong(events.size());
      try (InputStream in = events.open()) {
        in.transferTo(out);
      }
      out.flush();
      out.writeLong(crc.getValue());
      out.flush();
      channel.force(true);
    }
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The snapshot, if its format and schema are these and it is whole. */
  static Loaded read(Path file, String schema) throws IOException, Rejected {
    long length = Files.size(file);
    try (var raw = Files.newInputStream(file)) {
      var crc = new CRC32C();
      var buffered = new BufferedInputStream(raw, 1 << 16);
      var in = new DataInputStream(new CheckedInputStream(buffered, crc));
      var magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new Rejected("it is not a snapshot file");
      }
      int format = in.readInt();
      if (format != FORMAT) {
        throw new Rejected("it is of format " + format + ", this server writes " + FORMAT);
      }
      var written = in.readUTF();
      if (!written.equals(schema)) {
        throw new Rejected("it was written with schema " + written + ", this server has " + schema);
      }
      var type = in.readUTF();
      var revision = in.readBoolean() ? in.readUTF() : null;
      int tokenLength = in.readInt();
      if (tokenLength < 0 || tokenLength > length) {
        throw new Rejected("its token claims " + tokenLength + " bytes");
      }
      var token = in.readNBytes(tokenLength);
      long count = in.readLong();
      long size = in.readLong();
      if (size < 0 || size > length) {
        throw new Rejected("its events claim " + size + " bytes of a file of " + length);
      }
      var events = ChunkedBytes.read(in, size);
      long expected = crc.getValue();
      // The checksum itself is read past the checked stream.
      var tail = new DataInputStream(buffered);
      long stored = tail.readLong();
      if (stored != expected || tail.read() >= 0) {
        throw new Rejected("its checksum does not match: the file is damaged");
      }
      return new Loaded(written, new SerializedToken(type, revision, token), count, events);
    } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
      throw new Rejected("it ends early or is damaged (" + e.getMessage() + ")");
    }
  }
}
