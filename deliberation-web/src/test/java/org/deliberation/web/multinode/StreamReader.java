package org.deliberation.web.multinode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deliberation.web.durability.ServerProcess;
import org.jspecify.annotations.Nullable;

/**
 * A reader of a server-sent event stream kept open in the background, as a browser keeps it: every event it has read
 * so far, each with the instant (the test JVM's monotonic clock) it arrived, for benchmarks to measure.
 */
public final class StreamReader implements AutoCloseable {

  /** One event: its {@code id:}, {@code event:} name and {@code data:}, and when it was read. */
  public record Event(String id, String name, String data, long arrivedNanos) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final InputStream body;
  private final Thread thread;

  private StreamReader(InputStream body) {
    this.body = body;
    this.thread = Thread.ofVirtual().name("stream-reader").start(this::read);
  }

  /** Opens the stream at {@code path} on the node, resuming after {@code lastEventId} when it is not null. */
  public static StreamReader open(ServerProcess node, String path, @Nullable String lastEventId) {
    var request =
        HttpRequest.newBuilder(URI.create(node.base() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      var response = node.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        var refusal = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        throw new IllegalStateException(
            "the stream answered " + response.statusCode() + ": " + refusal);
      }
      return new StreamReader(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The events read so far, in their order. */
  public List<Event> events() {
    return List.copyOf(events);
  }

  /** The events of one name read so far. */
  public List<Event> named(String name) {
    return events.stream().filter(event -> event.name().equals(name)).toList();
  }

  private void read() {
    try (var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      var current = new HashMap<String, String>();
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isEmpty()) {
          add(current);
          current.clear();
        } else if (!line.startsWith(":") && line.contains(":")) {
          var field = line.substring(0, line.indexOf(':'));
          var value = line.substring(line.indexOf(':') + 1);
          // A data field may span several lines: they are joined with newlines, as a browser does.
          current.merge(field, value, (before, more) -> before + "\n" + more);
        }
      }
    } catch (IOException e) {
      // Closed by close(), or by the server going away: the events read so far stay.
    }
  }

  private void add(Map<String, String> fields) {
    if (fields.containsKey("event")) {
      events.add(
          new Event(
              fields.getOrDefault("id", ""),
              fields.get("event"),
              fields.getOrDefault("data", ""),
              System.nanoTime()));
    }
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // Nothing more to read either way.
    }
    thread.interrupt();
  }
}
