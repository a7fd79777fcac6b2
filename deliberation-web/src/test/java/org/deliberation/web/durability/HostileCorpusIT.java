package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A corpus of hostile requests against the packaged server: every write endpoint with malformed bodies (broken and
 * deep JSON, wrong types in every field, sizes, encodings), wrong media types, broken headers and hostile ids, sent
 * as raw HTTP so that nothing in a client library tidies them up. Every answer must be a 4xx (or, for the few that
 * are acceptable, a 2xx), never a 5xx and never a hang; a refused request must store nothing (the event store's head
 * does not move); and afterwards the site still works: the page written before is intact and search still indexes.
 */
class HostileCorpusIT extends PackagedServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern HEAD = Pattern.compile("\"head\":(\\d+)");
  private static final Pattern GENERATION = Pattern.compile("\"generation\":(\\d+)");
  private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");

  private ServerProcess server;
  // The project whose statements the corpus posts, and how many generations of its topics (which
  // the server records in the background, a moment after its statements change) are accounted for.
  private String topicsProject = "";
  private int topicGenerations;
  private final List<String> failures = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new LinkedHashMap<>();
  private int sent;

  @Test
  void answersEveryHostileRequestWithAClientErrorAndStoresNothingItRefused() throws IOException {
    try (var running = ServerProcess.start(data, logs.resolve("server.log"))) {
      server = running;
      var admin = running.signIn(ServerProcess.ADMIN_EMAIL, ServerProcess.ADMIN_PASSWORD);
      var project =
          ServerProcess.find(
              ID,
              running
                  .send(
                      "POST",
                      "/api/projects",
                      admin,
                      null,
                      "{\"title\":\"Hostile corpus\",\"question\":\"Q?\",\"authority\":\"Council\",\"language\":\"en\"}")
                  .body());
      assertThat(
              running
                  .send(
                      "PUT",
                      "/api/projects/" + project + "/pages/page",
                      admin,
                      null,
                      "{\"markdown\":\"# Kept\\n\\nThe page as it was.\",\"comment\":\"\"}")
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              running
                  .send(
                      "POST",
                      "/api/projects/" + project + "/stage",
                      admin,
                      null,
                      "{\"stage\":\"DELIBERATION\"}")
                  .statusCode())
          .isEqualTo(200);
      var statement =
          ServerProcess.find(
              ID,
              running
                  .send(
                      "POST",
                      "/api/projects/" + project + "/statements",
                      admin,
                      null,
                      "{\"text\":\"A statement to vote on\",\"kind\":\"CONTRIBUTION\"}")
                  .body());
      var registered =
          running.send(
              "POST",
              "/api/participants",
              null,
              null,
              "{\"displayName\":\"Citizen\",\"email\":\"citizen@corpus.example\",\"password\":\"long enough password\"}");
      var citizenId = ServerProcess.find(ID, registered.body());
      var citizen = running.signIn("citizen@corpus.example", "long enough password");
      var pageBefore =
          running.send("GET", "/api/projects/" + project + "/pages/page", null, null, null).body();

      var p = "/api/projects/" + project;
      var s = p + "/statements/" + statement;
      var authority =
          ServerProcess.find(
              ID,
              running
                  .send(
                      "POST",
                      "/api/authorities",
                      admin,
                      null,
                      "{\"name\":\"Council\",\"thresholds\":{\"response\":1,\"agenda\":2}}")
                  .body());
      var pe =
          "/api/petitions/"
              + ServerProcess.find(
                  ID,
                  running
                      .send(
                          "POST",
                          "/api/petitions",
                          citizen,
                          null,
                          "{\"title\":\"T\",\"text\":\"X\",\"authority\":\""
                              + authority
                              + "\",\"language\":\"en\"}")
                      .body());
      topicsProject = project;
      // The statement above gets its first topics in the background: counted before the corpus.
      await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> generation() >= 1);
      topicGenerations = generation();
      var endpoints =
          List.of(
              new Endpoint(
                  "POST",
                  "/api/participants",
                  null,
                  List.of("displayName", "email", "password", "postcode")),
              new Endpoint("POST", "/api/tokens", null, List.of("email", "password")),
              new Endpoint(
                  "PUT", "/api/participants/" + citizenId + "/roles", admin, List.of("roles")),
              new Endpoint(
                  "POST",
                  "/api/projects",
                  admin,
                  List.of("title", "question", "authority", "language", "slug")),
              new Endpoint("POST", p + "/stage", admin, List.of("stage", "note")),
              new Endpoint("POST", p + "/responses", admin, List.of("markdown")),
              new Endpoint("PUT", p + "/pages/page", citizen, List.of("markdown", "comment")),
              new Endpoint(
                  "POST", p + "/pages/page/revert", citizen, List.of("revision", "comment")),
              new Endpoint(
                  "POST",
                  p + "/statements",
                  citizen,
                  List.of("text", "kind", "stance", "sources", "relatesTo", "interests")),
              new Endpoint("PUT", s + "/vote", citizen, List.of("vote")),
              new Endpoint("POST", s + "/flags", citizen, List.of("reason")),
              new Endpoint("POST", s + "/moderation", admin, List.of("action", "reason")),
              new Endpoint("PUT", p + "/readability-target", admin, List.of("level")),
              new Endpoint("POST", "/api/authorities", admin, List.of("name", "thresholds")),
              new Endpoint(
                  "POST",
                  "/api/petitions",
                  citizen,
                  List.of("title", "text", "authority", "language")),
              new Endpoint("POST", pe + "/response", admin, List.of("markdown")),
              new Endpoint("POST", pe + "/moderation", admin, List.of("action", "reason")),
              new Endpoint(
                  "POST",
                  pe + "/invalidations",
                  admin,
                  List.of("participants", "reason", "preview")));

      for (var endpoint : endpoints) {
        for (var body : malformedBodies()) {
          refusedOrFine(
              endpoint.method, endpoint.path, endpoint.token, "application/json", null, body);
        }
        for (var field : endpoint.fields) {
          for (var value : hostileValues()) {
            refusedOrFine(
                endpoint.method,
                endpoint.path,
                endpoint.token,
                "application/json",
                null,
                bytes("{\"" + field + "\":" + value + "}"));
          }
        }
        for (var type :
            List.of(
                "",
                "text/plain",
                "application/xml",
                "multipart/form-data",
                "application/json; charset=utf-16",
                "application/x-www-form-urlencoded",
                "*/*",
                "application/json;;;==")) {
          refusedOrFine(
              endpoint.method, endpoint.path, endpoint.token, type, null, bytes("{\"x\":1}"));
        }
        for (var header :
            List.of(
                "Authorization: Bearer",
                "Authorization: Basic YWRtaW46YWRtaW4=",
                "Authorization: Bearer " + "x".repeat(6000),
                "Authorization: bearer " + admin + "x",
                "If-Match: garbage",
                "If-Match: \"99999999999999999999\"",
                "If-Match: *",
                "If-Match: W/\"1\"",
                "Accept: garbage;;;==",
                "Accept-Charset: ebcdic",
                "Content-Encoding: gzip",
                "Transfer-Encoding: gzip",
                "Last-Event-ID: -1",
                "Cookie: session=" + "%".repeat(300),
                "Origin: https://evil.example")) {
          refusedOrFine(
              endpoint.method,
              endpoint.path,
              header.startsWith("Authorization") ? null : endpoint.token,
              "application/json",
              header,
              bytes("{}"));
        }
      }
      for (var id : hostileIds()) {
        for (var path :
            List.of(
                "/api/projects/" + id,
                "/api/projects/" + id + "/pages/" + id,
                p + "/pages/" + id,
                p + "/statements/" + id + "/vote",
                "/api/participants/" + id + "/roles",
                "/api/jobs/" + id,
                p + "/pages/page/revisions/" + id,
                p + "/pages/page/diff?from=" + id + "&to=1",
                p + "/synthesis?at=" + id,
                p + "/topics?at=" + id,
                p + "/statements?topic=" + id,
                "/api/search?q=hall&project=" + project + "&topic=" + id,
                p + "/statements?cursor=" + id,
                "/api/search?q=" + id + "&cursor=" + id,
                "/api/petitions/" + id + "/signature",
                "/api/authorities/" + id + "/agenda",
                "/api/petitions?cursor=" + id + "&state=" + id)) {
          refusedOrFine("GET", path, null, null, null, null);
          refusedOrFine(
              "PUT", path, citizen, "application/json", null, bytes("{\"vote\":\"AGREE\"}"));
        }
      }
      for (var multipart : hostileMultiparts()) {
        refusedOrFine("POST", p + "/import/polis", admin, multipart.type, null, multipart.body);
      }
      // Accepted writes that once broke a projection or a page: they must not stop anything either.
      for (var markdown :
          List.of(
              "> ".repeat(30_000),
              "*".repeat(30_000) + "a" + "*".repeat(30_000),
              "# a" + " ".repeat(1_600) + "x",
              "[".repeat(20_000),
              "- ".repeat(20_000))) {
        var created =
            send(
                "PUT",
                p + "/pages/stress-" + sent,
                citizen,
                "application/json",
                null,
                bytes("{\"markdown\":\"" + markdown + "\",\"comment\":\"\"}"));
        check("PUT stress page", created, false);
        check(
            "GET stress page",
            send("GET", p + "/pages/stress-" + (sent - 1), null, null, null, null),
            false);
      }

      assertThat(failures).as("of %d requests (statuses %s)", sent, statuses).isEmpty();
      assertThat(statuses.keySet()).allMatch(status -> status < 500);

      // The site still works: the page is as it was, and search indexes a new edit.
      assertThat(running.send("GET", p + "/pages/page", null, null, null).body())
          .isEqualTo(pageBefore);
      assertThat(
              running
                  .send(
                      "POST",
                      p + "/statements",
                      citizen,
                      null,
                      "{\"text\":\"Zanzibarian afterthought\",\"kind\":\"CONTRIBUTION\"}")
                  .statusCode())
          .isEqualTo(201);
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(
                          running.send("GET", "/api/search?q=zanzibarian", null, null, null).body())
                      .contains("\"total\":1"));
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(running.send("GET", "/api/search/status", null, null, null).body())
                      .contains("\"state\":\"READY\"")
                      .contains("\"parked\":0"));
      System.out.printf(Locale.ROOT, "Hostile corpus: %d requests, statuses %s%n", sent, statuses);
    }
  }

  private record Endpoint(String method, String path, String token, List<String> fields) {}

  private record Multipart(String type, byte[] body) {}

  /** Sends one request and checks its answer; a refused request must leave the event store's head where it was. */
  private void refusedOrFine(
      String method, String path, String token, String type, String header, byte[] body)
      throws IOException {
    long before = head();
    var answer = send(method, path, token, type, header, body);
    var what =
        method
            + " "
            + abbreviated(path)
            + (header == null ? "" : " [" + abbreviated(header) + "]")
            + (type == null ? "" : " (" + type + ")")
            + " "
            + abbreviated(body == null ? "" : new String(body, StandardCharsets.ISO_8859_1));
    if (check(what, answer, true)
        && answer.status >= 400
        && head() != before
        && !explainedByTopics(head() - before)) {
      failures.add(what + ": refused with " + answer.status + " but stored something");
    }
  }

  private boolean check(String what, Answer answer, boolean problemWanted) {
    if (answer.status == 0) {
      failures.add(what + ": no answer (" + answer.text + ")");
      return false;
    }
    statuses.merge(answer.status, 1, Integer::sum);
    if (answer.status >= 500) {
      failures.add(what + ": " + answer.status + " " + abbreviated(answer.text));
      return false;
    }
    if (problemWanted
        && answer.status >= 400
        && !answer.text.toLowerCase(Locale.ROOT).contains("application/problem+json")) {
      failures.add(what + ": " + answer.status + " without a problem: " + abbreviated(answer.text));
    }
    if (answer.text.contains("Exception") || answer.text.contains("\tat ")) {
      failures.add(
          what + ": a class name or a stack trace in the answer: " + abbreviated(answer.text));
    }
    return true;
  }

  /**
   * Whether the events stored meanwhile are the project's topics, recorded in the background (a generation each):
   * then the refused request stored nothing itself.
   */
  private boolean explainedByTopics(long moved) throws IOException {
    try {
      await()
          .atMost(Duration.ofSeconds(15))
          .ignoreExceptions()
          .until(() -> generation() - topicGenerations >= moved);
    } catch (ConditionTimeoutException notTopics) {
      return false;
    }
    topicGenerations = generation();
    return true;
  }

  private int generation() throws IOException {
    var answer = send("GET", "/api/projects/" + topicsProject + "/topics", null, null, null, null);
    var matcher = GENERATION.matcher(answer.text);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  private long head() throws IOException {
    var answer = send("GET", "/api/search/status", null, null, null, null);
    var matcher = HEAD.matcher(answer.text);
    return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
  }

  private record Answer(int status, String text) {}

  /** One request on a connection of its own, exactly as given; up to 30 s for the whole answer. */
  private Answer send(
      String method, String path, String token, String type, String header, byte[] body)
      throws IOException {
    sent++;
    var head =
        new StringBuilder(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            .append("Connection: close\r\n");
    if (token != null) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    if (type != null && !type.isEmpty()) {
      head.append("Content-Type: ").append(type).append("\r\n");
    }
    if (header != null) {
      head.append(header).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    try (var socket =
        new Socket(
            "127.0.0.1",
            Integer.parseInt(server.base().substring(server.base().lastIndexOf(':') + 1)))) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      var read = new ByteArrayOutputStream();
      try {
        socket.getInputStream().transferTo(read);
      } catch (SocketTimeoutException e) {
        return new Answer(0, "timed out after " + read.size() + " bytes");
      } catch (IOException reset) {
        // a server that answers before reading a large body may reset the rest; the answer came
        // first
      }
      var text = read.toString(StandardCharsets.UTF_8);
      var status = STATUS.matcher(text);
      return new Answer(
          status.find() ? Integer.parseInt(status.group(1)) : 0, text.isEmpty() ? "empty" : text);
    }
  }

  private static List<byte[]> malformedBodies() {
    var bodies = new ArrayList<byte[]>();
    for (var text :
        List.of(
            "",
            "{",
            "}",
            "null",
            "[]",
            "42",
            "\"text\"",
            "{\"a\":}",
            "{'a':1}",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "\u0000",
            "{\"a\":\"\\ud800\"}",
            "{\"a\":\"\\u0000\"}",
            "{\"a\":1e999999}",
            "{\"a\":-99999999999999999999999999999}",
            "{\"a\":1}{\"b\":2}",
            "{\"a\":1,\"a\":2}",
            "[".repeat(10_000),
            "{\"a\":".repeat(5_000),
            "{\"x\":\"" + "y".repeat(600_000) + "\"}",
            "\uFEFF{}",
            "<?xml version=\"1.0\"?><a/>")) {
      bodies.add(bytes(text));
    }
    bodies.add(new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'}); // invalid UTF-8
    bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}); // UTF-16 with its BOM
    var random = new SplittableRandom(11);
    var noise = new byte[4096];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) random.nextInt(256);
    }
    bodies.add(noise);
    return bodies;
  }

  private static List<String> hostileValues() {
    return List.of(
        "null",
        "{}",
        "[]",
        "[[[[[[[[[[1]]]]]]]]]]",
        "true",
        "-1",
        "0",
        "1e308",
        "1e999",
        "99999999999999999999",
        "3.5",
        "\"\"",
        "\"   \"",
        "\"" + "x".repeat(100_000) + "\"",
        "\"\\u0000\"",
        "\"\\u202Eevil\"",
        "\"\\u200B\"",
        "\"\\ud800\"",
        "\"<script>alert(1)</script>\"",
        "\"javascript:alert(1)\"",
        "\"=HYPERLINK(\\\"http://evil.example\\\")\"",
        "\"NOT_A_CHOICE\"",
        "[\"A\",\"B\"]",
        "{\"$where\":\"1\"}",
        "\"../../etc/passwd\"",
        "[" + "\"x\",".repeat(5_000) + "\"x\"]");
  }

  private static List<String> hostileIds() {
    return List.of(
        "..%2F..%2Fetc",
        "%00",
        "%zz",
        "{",
        "}",
        "a%20b",
        "%E2%80%AE",
        "%F0%9F%92%A9",
        "x".repeat(8_000),
        "-1",
        "2147483648",
        "99999999999999999999",
        "-999999999-01-01T00:00:00Z",
        "%3Cscript%3E",
        "$where",
        "\"",
        "'",
        "|",
        "\\",
        "^",
        "%25");
  }

  private static List<Multipart> hostileMultiparts() {
    var boundary = "b0undary";
    var good =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"comments\"; filename=\"c.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\ntimestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,"
            + "comment-body\r\n";
    var random = new SplittableRandom(7);
    var noise = new byte[8192];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) random.nextInt(256);
    }
    return List.of(
        new Multipart("multipart/form-data", bytes(good)),
        new Multipart("multipart/form-data; boundary=" + boundary, bytes(good)),
        new Multipart("multipart/form-data; boundary=" + boundary, bytes(good.substring(0, 40))),
        new Multipart("multipart/form-data; boundary=" + boundary, noise),
        new Multipart(
            "multipart/form-data; boundary=" + boundary, bytes("--" + boundary + "--\r\n")),
        new Multipart(
            "multipart/form-data; boundary=" + boundary,
            bytes(
                good
                    + "1,x,y\r\n--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"votes\"\r\n\r\n"
                    + "\"".repeat(10_000)
                    + "\r\n--"
                    + boundary
                    + "--\r\n")),
        new Multipart("multipart/form-data; boundary=" + "x".repeat(200), bytes(good)),
        new Multipart("application/json", bytes("{\"comments\":\"x\"}")));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviated(String text) {
    var flat = text.replace("\r", "\\r").replace("\n", "\\n");
    return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
  }
}
