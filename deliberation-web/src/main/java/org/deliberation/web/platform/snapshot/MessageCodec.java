package org.deliberation.web.platform.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The form of one event in a snapshot: its codec's number, its position and instant as differences from the previous
 * event's, its identifier (16 bytes when it is a UUID), its aggregate and sequence number, then its payload in its
 * codec's form or the serializer's JSON. Metadata is not kept: no projection kept in memory reads it.
 */
final class MessageCodec {

  private static final int SERIALIZED = 0;

  private final Serializer serializer;
  private final List<PayloadCodec<?>> codecs;
  private final Map<Class<?>, Integer> numbers = new HashMap<>();

  MessageCodec(Serializer serializer, List<PayloadCodec<?>> codecs) {
    this.serializer = serializer;
    this.codecs = List.copyOf(codecs);
    for (int i = 0; i < this.codecs.size(); i++) {
      numbers.put(this.codecs.get(i).type(), i + 1);
    }
  }

  /** What a snapshot must have been written with to be read: the format and every codec's version. */
  String schema() {
    return "events-1;"
        + codecs.stream()
            .map(codec -> codec.type().getName() + ":" + codec.version())
            .sorted()
            .collect(Collectors.joining(","));
  }

  Writer writer(OutputStream out) {
    return new Writer(new JournalOutput(out), -1, 0);
  }

  Reader reader(InputStream in) {
    // Buffered: the reader looks one byte ahead for the end, and reads byte by byte.
    return new Reader(new JournalInput(new java.io.BufferedInputStream(in, 1 << 16)));
  }

  /** Writes events one after the other, each relative to the one before. */
  final class Writer {
    private final JournalOutput out;
    private long lastPosition;
    private long lastSecond;

    private Writer(JournalOutput out, long lastPosition, long lastSecond) {
      this.out = out;
      this.lastPosition = lastPosition;
      this.lastSecond = lastSecond;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void write(TrackedEventMessage<?> message) throws IOException {
      Object payload = message.getPayload();
      int number = numbers.getOrDefault(payload.getClass(), SERIALIZED);
      out.number(number);
      long position = message.trackingToken().position().orElse(-1);
      out.signed(position - lastPosition);
      lastPosition = position;
      var at = message.getTimestamp();
      out.signed(at.getEpochSecond() - lastSecond);
      out.number(at.getNano());
      lastSecond = at.getEpochSecond();
      identifier(message.getIdentifier());
      if (message instanceof DomainEventMessage<?> domain) {
        out.flag(true);
        out.nullableName(domain.getType());
        out.name(domain.getAggregateIdentifier());
        out.number(domain.getSequenceNumber());
      } else {
        out.flag(false);
      }
      if (number == SERIALIZED) {
        var serialized = serializer.serialize(payload, byte[].class);
        out.name(serialized.getType().getName());
        out.nullableName(serialized.getType().getRevision());
        out.bytes(serialized.getData());
      } else {
        ((PayloadCodec) codecs.get(number - 1)).write(payload, out);
      }
    }

    private void identifier(String id) throws IOException {
      if (id.length() == 36) {
        try {
          var uuid = UUID.fromString(id);
          if (uuid.toString().equals(id)) {
            out.flag(true);
            out.fixed(uuid.getMostSignificantBits());
            out.fixed(uuid.getLeastSignificantBits());
            return;
          }
        } catch (IllegalArgumentException notOne) {
          // kept as text below
        }
      }
      out.flag(false);
      out.text(id);
    }
  }

  /** Reads events back in order, as the handlers received them (with a token of their position). */
  final class Reader {
    private final JournalInput in;
    private long lastPosition = -1;
    private long lastSecond;

    private Reader(JournalInput in) {
      this.in = in;
    }

    boolean hasNext() throws IOException {
      return !in.atEnd();
    }

    TrackedEventMessage<?> next() throws IOException {
      int number = (int) in.number();
      if (number > codecs.size()) {
        throw new IOException("the snapshot uses codec #" + number + ", unknown here");
      }
      long position = lastPosition + in.signed();
      lastPosition = position;
      long second = lastSecond + in.signed();
      lastSecond = second;
      var at = Instant.ofEpochSecond(second, in.number());
      String id = in.flag() ? new UUID(in.fixed(), in.fixed()).toString() : in.text();
      boolean domain = in.flag();
      String type = null;
      String aggregate = null;
      long sequence = 0;
      if (domain) {
        type = in.nullableName();
        aggregate = in.name();
        sequence = in.number();
      }
      Object payload;
      if (number == SERIALIZED) {
        var name = in.name();
        var revision = in.nullableName();
        payload =
            serializer.deserialize(
                new SimpleSerializedObject<>(in.bytes(), byte[].class, name, revision));
      } else {
        payload = codecs.get(number - 1).read(in);
      }
      var token = new GlobalSequenceTrackingToken(Math.max(position, 0));
      var message = new GenericMessage<>(id, payload, Map.of());
      return domain
          ? new GenericTrackedDomainEventMessage<>(
              token, type, aggregate, sequence, message, () -> at)
          : new GenericTrackedEventMessage<>(token, message, () -> at);
    }

    /** A writer that goes on after the events read, with the names and differences they left. */
    Writer continueOn(OutputStream out) {
      var names = new HashMap<String, Integer>();
      var read = in.names();
      for (int i = 0; i < read.size(); i++) {
        names.put(read.get(i), i);
      }
      return new Writer(new JournalOutput(out, names), lastPosition, lastSecond);
    }
  }
}
