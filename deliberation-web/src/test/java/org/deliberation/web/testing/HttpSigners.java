package org.deliberation.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many participants through the real HTTP server, concurrently: signed up, signed in, and signing a petition. For the
 * tests and the benchmark that need thousands of distinct signers.
 */
public final class HttpSigners {

  /** A signed-in participant: their id and bearer token. */
  public record Signer(String id, String token) {}

  /** One signature's answer: the count with it, and its instant as the server recorded it. */
  public record Signed(int signatures, boolean signed, String signedAt) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  public HttpSigners(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** {@code count} new participants, signed up and in by {@code clients} concurrent clients. */
  public List<Signer> signUp(int count, int clients) throws Exception {
    var run = UUID.randomUUID().toString().substring(0, 8);
    return parallel(
        count,
        clients,
        i -> {
          var email = "signer-" + run + "-" + i + "@test.example";
          var created =
              send(
                  "POST",
                  "/api/participants",
                  null,
                  "{\"displayName\":\"Signer "
                      + i
                      + "\",\"email\":\""
                      + email
                      + "\",\"password\":\"long enough password\"}");
          var token =
              send(
                  "POST",
                  "/api/tokens",
                  null,
                  "{\"email\":\"" + email + "\",\"password\":\"long enough password\"}");
          return new Signer(created.get("id").asText(), token.get("token").asText());
        });
  }

  /** Each signer signs the petition once, {@code clients} at a time; the answers in the signers' order. */
  public List<Signed> sign(String petition, List<Signer> signers, int clients) throws Exception {
    return parallel(signers.size(), clients, i -> sign(petition, signers.get(i)));
  }

  public Signed sign(String petition, Signer signer) throws Exception {
    var body = send("PUT", "/api/petitions/" + petition + "/signature", signer.token(), null);
    return new Signed(
        body.get("signatures").asInt(),
        body.get("signed").asBoolean(),
        body.path("signedAt").asText());
  }

  /** A request that must succeed; its JSON answer. */
  public JsonNode send(String method, String path, String token, String body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** One task of {@link #parallel}. */
  @FunctionalInterface
  public interface Task<T> {
    T run(int index) throws Exception;
  }

  /** Runs task 0 to count − 1 on {@code clients} workers, each taking the next index; results by index. */
  public static <T> List<T> parallel(int count, int clients, Task<T> task) throws Exception {
    var next = new java.util.concurrent.atomic.AtomicInteger();
    var results = new ArrayList<T>(java.util.Collections.nCopies(count, null));
    List<Future<?>> futures = new ArrayList<>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        futures.add(
            executor.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    var result = task.run(i);
                    synchronized (results) {
                      results.set(i, result);
                    }
                  }
                  return null;
                }));
      }
      for (var future : futures) {
        future.get();
      }
    }
    return results;
  }
}
