package org.deliberation.web.durability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged server run as a child process on a data folder, as an operator runs it: an app node (on its embedded
 * store, or on a store it is pointed at by its environment) or a store node.
 */
public final class ServerProcess implements AutoCloseable {

  public static final String ADMIN_EMAIL = "admin@durability.example";
  public static final String ADMIN_PASSWORD = "durable admin password";

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

  private static final Path JAR = Path.of("target", "deliberation-web.jar");

  private final Process process;
  private final int port;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static boolean jarExists() {
    return Files.isRegularFile(JAR);
  }

  /** The packaged jar, as {@code mvn verify} leaves it. */
  static Path jar() {
    return JAR;
  }

  public static ServerProcess start(Path data, Path log) {
    return start(data, log, Map.of());
  }

  /** An app node whose environment also holds {@code environment} (which wins over the defaults below). */
  public static ServerProcess start(Path data, Path log, Map<String, String> environment) {
    return startApp(builder(data, log), log, environment);
  }

  /**
   * An app node launched from {@code folder} with {@code launch} (its JVM's options and {@code -jar} with a jar there):
   * the image's form of the server, say, extracted and started from the JVM's cache.
   */
  static ServerProcess startFrom(Path folder, List<String> launch, Path data, Path log) {
    return startApp(builder(data, log, launch).directory(folder.toFile()), log, Map.of());
  }

  private static ServerProcess startApp(
      ProcessBuilder builder, Path log, Map<String, String> environment) {
    int port = freePort();
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    builder.environment().put("DELIBERATION_ADMIN_EMAIL", ADMIN_EMAIL);
    builder.environment().put("DELIBERATION_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().put("DELIBERATION_SESSIONS_PASSWORD_STRENGTH", "4");
    // The suites sign many participants up from one address (RateLimitsIT tests the limits).
    builder.environment().put("DELIBERATION_LIMITS_ENABLED", "false");
    builder.environment().putAll(environment);
    return started(builder, port, log, ServerProcess::healthy);
  }

  /**
   * A store node ({@code DELIBERATION_ROLE=store}) serving its data folder on a free loopback port; it has no web
   * server, so it is ready once the port takes connections. App nodes reach it at {@link #mongodbUri}.
   */
  public static ServerProcess startStore(Path data, Path log) {
    int port = freePort();
    var builder = builder(data, log);
    builder.environment().put("DELIBERATION_ROLE", "store");
    builder.environment().put("DELIBERATION_STORE_PORT", Integer.toString(port));
    return started(builder, port, log, ServerProcess::listening);
  }

  private static ProcessBuilder builder(Path data, Path log) {
    return builder(data, log, List.of("-Xmx512m", "-jar", JAR.toString()));
  }

  private static ProcessBuilder builder(Path data, Path log, List<String> launch) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(launch);
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("DELIBERATION_DATA_DIR", data.toString());
    return builder;
  }

  private static ServerProcess started(
      ProcessBuilder builder, int port, Path log, Predicate<ServerProcess> ready) {
    try {
      var server = new ServerProcess(builder.start(), port);
      await()
          .atMost(Duration.ofSeconds(180))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> ready.test(server) || !server.process.isAlive());
      if (!server.process.isAlive()) {
        throw new IllegalStateException("the server exited at start-up; see " + log);
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  /** The connection string of a store node, for an app node's {@code DELIBERATION_MONGODB_URI}. */
  public String mongodbUri() {
    return "mongodb://127.0.0.1:" + port;
  }

  public HttpClient client() {
    return client;
  }

  public HttpResponse<String> send(
      String method, String path, String token, String ifMatch, String json) {
    var request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a body of any type (a multipart upload, say), with a longer timeout than JSON requests. */
  HttpResponse<String> sendBytes(
      String method, String path, String token, String contentType, byte[] body) {
    var request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A sign-in token for these credentials. */
  public String signIn(String email, String password) {
    var response =
        send(
            "POST",
            "/api/tokens",
            null,
            null,
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    if (response.statusCode() != 201) {
      throw new IllegalStateException("sign-in refused: " + response.body());
    }
    return find(TOKEN, response.body());
  }

  /** The first group of the pattern in a response body. */
  public static String find(Pattern pattern, String body) {
    var matcher = pattern.matcher(body);
    if (!matcher.find()) {
      throw new IllegalStateException(pattern + " is not in " + body);
    }
    return matcher.group(1);
  }

  /**
   * The first {@code count} named events of a server-sent event stream, read as a browser reads them, resuming after
   * {@code lastEventId} when it is not null. Each event is its {@code id}, {@code event} and {@code data}.
   */
  public List<Map<String, String>> events(String path, String lastEventId, int count) {
    var request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try (Stream<String> lines =
        client.send(request.build(), HttpResponse.BodyHandlers.ofLines()).body()) {
      var events = new ArrayList<Map<String, String>>();
      var current = new HashMap<String, String>();
      var iterator = lines.iterator();
      while (events.size() < count && iterator.hasNext()) {
        var line = iterator.next();
        if (line.isEmpty()) {
          if (current.containsKey("event")) {
            events.add(Map.copyOf(current));
          }
          current.clear();
        } else if (!line.startsWith(":") && line.contains(":")) {
          current.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1));
        }
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** SIGTERM: a normal shutdown. */
  public void stop() {
    process.destroy();
    waitForExit();
  }

  private void waitForExit() {
    await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
  }

  public boolean alive() {
    return process.isAlive();
  }

  private boolean listening() {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private boolean healthy() {
    try {
      var response =
          client.send(
              HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
