package org.deliberation.web.platform.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a snapshot's events are written: variable-length numbers, and names (ids, types) given a number at their first
 * appearance, so that a participant's id of 36 characters costs 2 or 3 bytes at each later vote.
 */
public final class JournalOutput {

  private final OutputStream out;
  private final Map<String, Integer> names;

  JournalOutput(OutputStream out, Map<String, Integer> names) {
    this.out = out;
    this.names = names;
  }

  JournalOutput(OutputStream out) {
    this(out, new HashMap<>());
  }

  public void number(long value) throws IOException {
    // Unsigned LEB128: 7 bits a byte, the high bit says another follows.
    while ((value & ~0x7FL) != 0) {
      out.write((int) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }

  /** A number that may be negative, small in either direction (a difference). */
  public void signed(long value) throws IOException {
    number((value << 1) ^ (value >> 63));
  }

  public void text(String value) throws IOException {
    var bytes = value.getBytes(StandardCharsets.UTF_8);
    number(bytes.length);
    out.write(bytes);
  }

  public void bytes(byte[] value) throws IOException {
    number(value.length);
    out.write(value);
  }

  /** A value that recurs (an id, a type name): its number after the first time. */
  public void name(String value) throws IOException {
    Integer known = names.get(value);
    if (known != null) {
      number(known + 1L);
      return;
    }
    number(0);
    text(value);
    names.put(value, names.size());
  }

  public void nullableName(@Nullable String value) throws IOException {
    out.write(value == null ? 0 : 1);
    if (value != null) {
      name(value);
    }
  }

  public void flag(boolean value) throws IOException {
    out.write(value ? 1 : 0);
  }

  public void fixed(long value) throws IOException {
    for (int shift = 56; shift >= 0; shift -= 8) {
      out.write((int) (value >>> shift));
    }
  }
}
