package org.deliberation.web.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The edges of what a request may carry: numbers at their limits, dates at the ends of time, headers that are not
 * headers, characters a URL may not hold. Each once gave an anonymous 500 (or an empty answer) with a stack trace in
 * the log; each must be a 4xx problem that says what to change.
 */
class RequestEdgesIT extends ApiTestSupport {

  @LocalServerPort int port;

  @Test
  void refusesACursorAtTheLimitOfAnInteger() {
    var project = project(withRoles("OFFICIAL"), "Cursor edges");
    http.get()
        .uri("/api/projects/{p}/statements?cursor=2147483647", project)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(0)
        .jsonPath("$.next")
        .doesNotExist();
    expectProblem(
        http.get()
            .uri("/api/projects/{p}/statements?cursor=99999999999999999999", project)
            .exchange(),
        400);
  }

  @Test
  void refusesInstantsAtTheEndsOfTime() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Instant edges");
    http.put()
        .uri("/api/projects/{p}/pages/p", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "text", "comment", ""))
        .exchange()
        .expectStatus()
        .isCreated();
    for (var at :
        new String[] {
          "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z"
        }) {
      expectProblem(
              http.get()
                  .uri(
                      b ->
                          b.path("/api/projects/{p}/synthesis").queryParam("at", at).build(project))
                  .exchange(),
              400)
          .jsonPath("$.errors[0].field")
          .isEqualTo("at");
      expectProblem(
              http.get()
                  .uri(b -> b.path("/api/projects/{p}/pages/p").queryParam("at", at).build(project))
                  .exchange(),
              400)
          .jsonPath("$.errors[0].field")
          .isEqualTo("at");
    }
  }

  @Test
  void refusesAnAcceptHeaderThatIsNotAListOfMediaTypes() throws IOException {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Accept edges");
    http.put()
        .uri("/api/projects/{p}/pages/p", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "text", "comment", ""))
        .exchange()
        .expectStatus()
        .isCreated();
    for (var uri :
        new String[] {
          "/api/projects/" + project + "/pages/p/diff", "/api/projects", "/api/stream"
        }) {
      http.get()
          .uri(uri)
          .header(HttpHeaders.ACCEPT, "garbage;;;==")
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .value(detail -> assertThat((String) detail).contains("Accept"));
    }
    // The test client refuses to send such a header, so it goes by hand.
    var answer =
        raw(
            "POST /api/projects HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + official.bearer()
                + "\r\nContent-Type: application/json;;;==\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    assertThat(answer)
        .startsWith("HTTP/1.1 400 ")
        .containsIgnoringCase("content-type: application/problem+json")
        .contains("Content-Type header");
  }

  @Test
  void answersIllegalCharactersInAPathWithAProblem() throws IOException {
    for (var path :
        new String[] {
          "/api/projects/{", "/api/projects/a|b^c", "/api/projects/%zz", "/api/\"x\"<y>"
        }) {
      var answer =
          raw(
              "GET "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                  + "Connection: close\r\n\r\n");
      assertThat(answer).as(path).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
      assertThat(answer).as(path).containsIgnoringCase("content-type: application/problem+json");
      assertThat(answer).as(path).contains("\"detail\"");
    }
  }

  @Test
  void answersRequestsTheServerCannotDecodeWithAProblem() throws IOException {
    var gzip =
        raw(
            "POST /api/projects HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n"
                + "Content-Type: application/json\r\n\r\n{}");
    assertThat(gzip)
        .startsWith("HTTP/1.1 400 ")
        .containsIgnoringCase("content-type: application/problem+json")
        .contains("Transfer-Encoding");
    // On a kept-alive connection, right after another answer: the refusal used to be lost, and the
    // client waited.
    var big =
        raw(
            "GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /api/projects HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "x".repeat(10_000)
                + "\r\n\r\n");
    assertThat(big).startsWith("HTTP/1.1 200 ").contains("HTTP/1.1 431 ").contains("8 KB");
  }

  @Test
  void answersEventStreamErrorsAsProblemsBeforeTheStreamStarts() {
    for (var uri :
        new String[] {
          "/api/projects/no-such-project/synthesis/stream", "/api/stream?project=nope"
        }) {
      http.get()
          .uri(uri)
          .accept(MediaType.TEXT_EVENT_STREAM)
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .exists();
    }
    http.get()
        .uri("/api/stream")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .header("Last-Event-ID", "x")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private String raw(String request) throws IOException {
    try (var socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  private static WebTestClient.BodyContentSpec expectProblem(
      WebTestClient.ResponseSpec response, int status) {
    return response
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .exists();
  }
}
