package org.deliberation.web.platform.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes appended in chunks that are never moved or rewritten: a prefix taken under the owner's lock can be written
 * to a file by another thread while appends go on after it. Not thread safe: its {@link ProjectionJournal} guards it.
 */
final class ChunkedBytes extends OutputStream {

  static final int CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  private long size;

  /** The first {@code size} bytes, as they stand now and will stay. */
  record Prefix(List<byte[]> chunks, long size) {

    InputStream open() {
      return new PrefixInput(this);
    }
  }

  @Override
  public void write(int b) {
    int at = (int) (size % CHUNK);
    if (at == 0) {
      chunks.add(new byte[CHUNK]);
    }
    chunks.getLast()[at] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    while (length > 0) {
      int at = (int) (size % CHUNK);
      if (at == 0) {
        chunks.add(new byte[CHUNK]);
      }
      int n = Math.min(length, CHUNK - at);
      System.arraycopy(bytes, offset, chunks.getLast(), at, n);
      offset += n;
      length -= n;
      size += n;
    }
  }

  long size() {
    return size;
  }

  Prefix prefix() {
    return new Prefix(List.copyOf(chunks), size);
  }

  /** Reads {@code length} bytes from a stream into fresh chunks. */
  static ChunkedBytes read(InputStream in, long length) throws IOException {
    var bytes = new ChunkedBytes();
    var buffer = new byte[64 * 1024];
    long left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new java.io.EOFException("the snapshot ends " + left + " bytes early");
      }
      bytes.write(buffer, 0, n);
      left -= n;
    }
    return bytes;
  }

  private static final class PrefixInput extends InputStream {
    private final Prefix prefix;
    private long at;

    PrefixInput(Prefix prefix) {
      this.prefix = prefix;
    }

    @Override
    public int read() {
      if (at >= prefix.size()) {
        return -1;
      }
      int b = prefix.chunks().get((int) (at / CHUNK))[(int) (at % CHUNK)] & 0xff;
      at++;
      return b;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (at >= prefix.size()) {
        return -1;
      }
      int inChunk = (int) (at % CHUNK);
      int n = (int) Math.min(Math.min(length, CHUNK - inChunk), prefix.size() - at);
      System.arraycopy(prefix.chunks().get((int) (at / CHUNK)), inChunk, into, offset, n);
      at += n;
      return n;
    }
  }
}
