package org.deliberation.web.platform.snapshot;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads what {@link JournalOutput} wrote, in the same order. */
public final class JournalInput {

  private final InputStream in;
  private final List<String> names = new ArrayList<>();

  JournalInput(InputStream in) {
    this.in = in;
  }

  /** The names met so far, in their numbers' order: what a writer that goes on after them must know. */
  List<String> names() {
    return names;
  }

  int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("the snapshot's events end in the middle of one");
    }
    return b;
  }

  /** Whether every event has been read. */
  boolean atEnd() throws IOException {
    in.mark(1);
    int b = in.read();
    in.reset();
    return b < 0;
  }

  public long number() throws IOException {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = read();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("a number of the snapshot is longer than 64 bits");
  }

  public long signed() throws IOException {
    long raw = number();
    return (raw >>> 1) ^ -(raw & 1);
  }

  public String text() throws IOException {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  public byte[] bytes() throws IOException {
    long length = number();
    if (length > Integer.MAX_VALUE) {
      throw new IOException("a value of the snapshot claims " + length + " bytes");
    }
    var bytes = in.readNBytes((int) length);
    if (bytes.length != length) {
      throw new EOFException("the snapshot's events end in the middle of a value");
    }
    return bytes;
  }

  public String name() throws IOException {
    long number = number();
    if (number == 0) {
      var value = text();
      names.add(value);
      return value;
    }
    if (number > names.size()) {
      throw new IOException("the snapshot names #" + number + " before it was written");
    }
    return names.get((int) number - 1);
  }

  public @Nullable String nullableName() throws IOException {
    return flag() ? name() : null;
  }

  public boolean flag() throws IOException {
    return read() != 0;
  }

  public long fixed() throws IOException {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | read();
    }
    return value;
  }
}
