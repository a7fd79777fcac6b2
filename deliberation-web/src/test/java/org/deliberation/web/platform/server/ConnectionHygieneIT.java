package org.deliberation.web.platform.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import org.deliberation.web.DeliberationApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Connections that say nothing, that send their headers a byte at a time, or that one address opens by the dozen are
 * closed; an event stream, which answers for as long as it is read, is not. A server of its own, with short limits.
 */
@SpringBootTest(
    classes = DeliberationApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "deliberation.connections.idle-timeout=2s",
      "deliberation.connections.header-timeout=2s",
      "deliberation.connections.per-address=6"
    })
class ConnectionHygieneIT {

  @TempDir static Path data;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("deliberation.data-dir", data::toString);
  }

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired ServerHygiene hygiene;

  @Test
  void closesAConnectionThatSaysNothing() throws IOException {
    try (var socket = connect()) {
      // Far longer than the 2 s idle timeout: a silent connection is gone well before the read
      // gives up.
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void closesAKeptAliveConnectionOnceItFallsSilent() throws IOException {
    try (var socket = connect()) {
      send(socket, "GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\n\r\n");
      var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 200 ");
    }
  }

  @Test
  void closesAConnectionThatSendsItsHeadersTooSlowly() throws IOException, InterruptedException {
    try (var socket = connect()) {
      send(socket, "GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\n");
      int sent = 0;
      boolean closed = false;
      // A header byte every 250 ms keeps any idle timer awake; 120 bytes take 30 s, fifteen times
      // the header limit.
      while (sent < 120 && !closed) {
        try {
          send(socket, "X");
          sent++;
          socket.setSoTimeout(250);
          closed =
              socket.getInputStream().read() >= -1; // any answer (the 408) or the end of the stream
        } catch (SocketTimeoutException stillOpen) {
          // the server is still waiting; send the next byte
        } catch (SocketException reset) {
          closed = true;
        }
      }
      assertThat(closed).as("closed before all %d slow bytes were sent", sent).isTrue();
    }
  }

  @Test
  void answersA408WhenTheHeadersNeverEnd() throws IOException {
    try (var socket = connect()) {
      send(socket, "GET /actuator/health/liveness HTTP/1.1\r\nHost: loc");
      var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer)
          .startsWith("HTTP/1.1 408 ")
          .contains("application/problem+json")
          .contains("\"detail\"");
    }
  }

  @Test
  void keepsAnEventStreamOpenPastTheIdleTimeout() throws IOException {
    try (var socket = connect()) {
      send(
          socket,
          "GET /api/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n");
      var in = socket.getInputStream();
      assertThat(readUntil(in, "\r\n\r\n")).startsWith("HTTP/1.1 200 ");
      socket.setSoTimeout(
          6_000); // three idle timeouts with nothing to send: the stream must still be there
      try {
        int next = in.read();
        assertThat(next).as("the stream was cut").isNotEqualTo(-1);
      } catch (SocketTimeoutException stillOpen) {
        // what we want: nothing to say, and still connected
      }
    }
  }

  @Test
  void limitsTheConnectionsOfOneAddress() throws IOException {
    // The other tests' connections may still be closing on the server's side: they count until
    // they are closed there (this failed once on a busy machine, with five refused).
    var loopback = java.net.InetAddress.getByName("127.0.0.1");
    org.awaitility.Awaitility.await().until(() -> hygiene.openFrom(loopback) == 0);
    var sockets = new ArrayList<Socket>();
    try {
      // All at once, well within the idle timeout, so that all ten are open together.
      for (int i = 0; i < 10; i++) {
        sockets.add(connect());
      }
      int refused = 0;
      for (var socket : sockets) {
        // A refused connection holds its 429; an accepted one says nothing and is closed when it
        // falls idle.
        var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!answer.isEmpty()) {
          assertThat(answer)
              .startsWith("HTTP/1.1 429 ")
              .contains("Retry-After")
              .contains("connections");
          refused++;
        }
      }
      // Six allowed; this test's ten sockets are the only connections to its server.
      assertThat(refused).isEqualTo(4);
    } finally {
      for (var socket : sockets) {
        socket.close();
      }
    }
    try (var socket = connect()) {
      send(
          socket,
          "GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
          .as("closed connections are counted out again")
          .startsWith("HTTP/1.1 200 ");
    }
  }

  private Socket connect() throws IOException {
    var socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(30_000);
    return socket;
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  private static String readUntil(InputStream in, String end) throws IOException {
    var read = new StringBuilder();
    while (!read.toString().endsWith(end)) {
      int c = in.read();
      if (c == -1) {
        break;
      }
      read.append((char) c);
    }
    return read.toString();
  }
}
