package org.deliberation.web.polis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.deliberation.web.platform.jobs.JobProgress;
import org.deliberation.web.platform.jobs.Jobs;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PolisFiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What a hostile tester found in the Pol.is import and export, each kept as the behaviour that fixed it. */
class PolisHardeningIT extends ApiTestSupport {

  @Autowired ImportClaims claims;

  @Autowired Jobs jobs;

  private static final String COMMENTS_HEADER =
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";
  private static final String VOTES_HEADER = "timestamp,datetime,comment-id,voter-id,vote\n";
  private static final String TWO_COMMENTS =
      COMMENTS_HEADER
          + "1568101622000,x,0,1,1,0,1,Shown in the source\n"
          + "1568101623000,x,1,2,0,1,-1,Abusive words the source moderated out\n";
  private static final String TWO_VOTES =
      VOTES_HEADER + "1568101624000,x,0,1,1\n" + "1568101625000,x,1,1,-1\n";
  private static final MediaType MULTIPART_WITH_BOUNDARY =
      MediaType.parseMediaType("multipart/form-data; boundary=" + PolisFiles.BOUNDARY);

  private WebTestClient.ResponseSpec importInto(
      String project, Session moderator, String comments, String votes) {
    return http.post()
        .uri("/api/projects/{id}/import/polis", project)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .bodyValue(PolisFiles.parts(comments, votes).build())
        .exchange();
  }

  private String accepted(String project, Session moderator, String comments, String votes) {
    var body =
        importInto(project, moderator, comments, votes)
            .expectStatus()
            .isAccepted()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (String) body.get("job");
  }

  private void awaitDone(String job) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(json("/api/jobs/{job}", job)).containsEntry("state", "DONE"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> json(String uri, Object... variables) {
    return http.get()
        .uri(uri, variables)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private String csv(String uri, Session caller, Object... variables) {
    var request =
        http.mutate()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
            .build()
            .get()
            .uri(uri, variables);
    if (caller != null) {
      request = request.header(HttpHeaders.AUTHORIZATION, caller.bearer());
    }
    return request
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("text/csv")
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  private static List<CSVRecord> rows(String csv) {
    try (var parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void expectProblem(
      WebTestClient.ResponseSpec response, int status, String... mentions) {
    response
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(
            detail -> {
              var text =
                  assertThat((String) detail)
                      .isNotBlank()
                      .doesNotContain("Exception")
                      .doesNotContain("org.")
                      .doesNotContain("java.");
              if (mentions.length > 0) {
                text.contains(mentions);
              }
            });
  }

  @Nested
  class OneImportAtATime {

    @Test
    void acceptsOneOfFourSimultaneousImportsIntoAnEmptyProject() throws Exception {
      var conversation = PolisFiles.conversation("london.youth.policing");
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "Four at once");
      var start = new CountDownLatch(1);
      var statuses = new ArrayList<Future<Integer>>();
      try (var clients =
          Executors.newFixedThreadPool(
              4, Thread.ofPlatform().name("import-client-", 0).factory())) {
        for (int i = 0; i < 4; i++) {
          statuses.add(
              clients.submit(
                  () -> {
                    start.await();
                    var result =
                        importInto(
                                project, moderator, conversation.comments(), conversation.votes())
                            .expectBody(Map.class)
                            .returnResult();
                    if (result.getStatus().value() == 409) {
                      assertThat(result.getResponseHeaders().getContentType())
                          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                      assertThat((String) result.getResponseBody().get("detail"))
                          .contains("import");
                    } else {
                      awaitDone((String) result.getResponseBody().get("job"));
                    }
                    return result.getStatus().value();
                  }));
        }
        start.countDown();
        var codes = new ArrayList<Integer>();
        for (var status : statuses) {
          codes.add(status.get());
        }
        assertThat(codes).containsExactlyInAnyOrder(202, 409, 409, 409);
      }
      long comments = conversation.comments().lines().count() - 1;
      await()
          .untilAsserted(
              () ->
                  assertThat(rows(csv("/api/projects/{id}/export/comments.csv", null, project)))
                      .hasSize((int) comments));
      assertThat(rows(csv("/api/projects/{id}/export/votes.csv", null, project)))
          .hasSize((int) conversation.votes().lines().count() - 1);
    }

    @Test
    void refusesASecondImportOnceTheFirstIsDoneAndAcceptsOneIntoAnotherProject() {
      var moderator = withRoles("MODERATOR");
      var official = withRoles("OFFICIAL");
      var project = project(official, "Imported once");
      awaitDone(accepted(project, moderator, TWO_COMMENTS, TWO_VOTES));

      expectProblem(
          importInto(project, moderator, TWO_COMMENTS, TWO_VOTES), 409, "new wikiproject");
      awaitDone(
          accepted(project(official, "Imported elsewhere"), moderator, TWO_COMMENTS, TWO_VOTES));
    }
  }

  @Nested
  class MalformedBodies {

    @Test
    void refusesAMultipartBodyWithoutBoundary() {
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "No boundary");
      expectProblem(
          http.post()
              .uri("/api/projects/{id}/import/polis", project)
              .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
              .contentType(MediaType.MULTIPART_FORM_DATA)
              .bodyValue(PolisFiles.multipart(TWO_COMMENTS, TWO_VOTES))
              .exchange(),
          400,
          "multipart");
    }

    @Test
    void refusesATruncatedPart() {
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "Truncated");
      var whole = PolisFiles.multipart(TWO_COMMENTS, TWO_VOTES);
      var cut =
          Arrays.copyOf(whole, whole.length - 60); // the closing boundary and the end of the votes
      expectProblem(
          http.post()
              .uri("/api/projects/{id}/import/polis", project)
              .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
              .contentType(MULTIPART_WITH_BOUNDARY)
              .bodyValue(cut)
              .exchange(),
          400,
          "multipart");
      assertThat(json("/api/projects/{id}/statements", project).get("items")).asList().isEmpty();
    }

    @Test
    void refusesRandomBytes() {
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "Random bytes");
      var random = new Random(11);
      for (int attempt = 0; attempt < 3; attempt++) {
        var bytes = new byte[4096];
        random.nextBytes(bytes);
        var response =
            http.post()
                .uri("/api/projects/{id}/import/polis", project)
                .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
                .contentType(MULTIPART_WITH_BOUNDARY)
                .bodyValue(bytes)
                .exchange();
        expectProblem(response, 400);
      }
    }

    @Test
    void acceptsFilesSavedWithAByteOrderMark() {
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "Spreadsheet files");
      awaitDone(accepted(project, moderator, "\uFEFF" + TWO_COMMENTS, "\uFEFF" + TWO_VOTES));
      await()
          .untilAsserted(
              () ->
                  assertThat(rows(csv("/api/projects/{id}/export/votes.csv", null, project)))
                      .hasSize(2));
    }

    @Test
    void namesTheLineOfAnUnreadableCsvWithoutAClassName() {
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "Unreadable CSV");
      expectProblem(
          importInto(
              project,
              moderator,
              COMMENTS_HEADER
                  + "1568101622000,x,0,1,1,0,1,\"An unclosed quote\n"
                  + "1568101623000,x,1,1,1,0,1,Next\n",
              TWO_VOTES),
          400,
          "comments.csv, line 2",
          "quote");
      expectProblem(
          importInto(
              project,
              moderator,
              COMMENTS_HEADER + "1568101622000,x,0,1,1,0,1,\"Closed\" then more\n",
              TWO_VOTES),
          400,
          "comments.csv, line 2");
      expectProblem(
          importInto(project, moderator, TWO_COMMENTS, "timestamp,vote,vote\n1,1,1\n"),
          400,
          "votes.csv, line 1");
      expectProblem(importInto(project, moderator, TWO_COMMENTS, ",,\n"), 400, "votes.csv, line 1");
      assertThat(json("/api/projects/{id}/statements", project).get("items")).asList().isEmpty();
    }
  }

  @Nested
  class Exports {

    @Test
    void showsAHiddenStatementsTextToModeratorsOnly() {
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "Hidden in exports");
      awaitDone(accepted(project, moderator, TWO_COMMENTS, TWO_VOTES));

      await()
          .untilAsserted(
              () ->
                  assertThat(rows(csv("/api/projects/{id}/export/comments.csv", null, project)))
                      .hasSize(2));
      var forThePublic = csv("/api/projects/{id}/export/comments.csv", citizen(), project);
      assertThat(forThePublic).doesNotContain("Abusive words");
      var hidden =
          rows(forThePublic).stream()
              .filter(row -> row.get("comment-id").equals("1"))
              .findFirst()
              .orElseThrow();
      assertThat(hidden.get("moderated")).isEqualTo("-1");
      assertThat(hidden.get("comment-body")).isEmpty();
      assertThat(csv("/api/projects/{id}/export/comments.csv", null, project))
          .doesNotContain("Abusive words");

      var forModerators = rows(csv("/api/projects/{id}/export/comments.csv", moderator, project));
      assertThat(forModerators)
          .anySatisfy(
              row -> {
                assertThat(row.get("moderated")).isEqualTo("-1");
                assertThat(row.get("comment-body"))
                    .isEqualTo("Abusive words the source moderated out");
              });
    }

    @Test
    void neutralisesFormulasInUsersTextButNotOurNumbers() {
      var official = withRoles("OFFICIAL");
      var project = project(official, "Formulas");
      var author = citizen();
      var texts =
          List.of(
              "=HYPERLINK(\"http://evil.example\",\"x\")",
              "+SUM(1,2) is a formula",
              "-2+3 is one too",
              "@SUM(A1) and this",
              "A plain statement");
      var ids = new ArrayList<String>();
      texts.forEach(text -> ids.add(contribution(author, project, text)));
      stage(official, project, "DELIBERATION");
      var voter = citizen();
      ids.forEach(id -> vote(voter, project, id, "DISAGREE"));

      await()
          .untilAsserted(
              () ->
                  assertThat(rows(csv("/api/projects/{id}/export/votes.csv", null, project)))
                      .hasSize(texts.size()));
      var comments = csv("/api/projects/{id}/export/comments.csv", null, project);
      assertThat(comments).doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
      assertThat(rows(comments))
          .extracting(row -> row.get("comment-body"))
          .containsExactlyInAnyOrder(
              "'=HYPERLINK(\"http://evil.example\",\"x\")",
              "'+SUM(1,2) is a formula",
              "'-2+3 is one too",
              "'@SUM(A1) and this",
              "A plain statement");
      assertThat(rows(csv("/api/projects/{id}/export/votes.csv", null, project)))
          .allSatisfy(row -> assertThat(row.get("vote")).isEqualTo("-1"));
      var participants =
          rows(csv("/api/projects/{id}/export/participants-votes.csv", null, project));
      assertThat(participants).anySatisfy(row -> assertThat(row.get("n-disagree")).isEqualTo("5"));
    }

    @Test
    void keepsAnErasedParticipantsStatementsAndVotesUnderTheSameOpaqueId() {
      var official = withRoles("OFFICIAL");
      var project = project(official, "Erased in exports");
      var leaving = citizen();
      var statement = contribution(leaving, project, "Written by someone who will leave");
      stage(official, project, "DELIBERATION");
      vote(leaving, project, statement, "AGREE");
      vote(citizen(), project, statement, "PASS");
      await()
          .untilAsserted(
              () ->
                  assertThat(rows(csv("/api/projects/{id}/export/votes.csv", null, project)))
                      .hasSize(2));
      var before = exports(project);

      http.delete()
          .uri("/api/participants/{id}", leaving.id())
          .header(HttpHeaders.AUTHORIZATION, leaving.bearer())
          .exchange()
          .expectStatus()
          .isNoContent();

      var after = exports(project);
      assertThat(after).isEqualTo(before);
      assertThat(String.join("\n", after))
          .doesNotContain(leaving.email(), leaving.displayName(), leaving.id());
      var author = rows(after.get(0)).getFirst().get("author-id");
      assertThat(rows(after.get(1)))
          .anySatisfy(row -> assertThat(row.get("voter-id")).isEqualTo(author));
    }
  }

  /** The three files, without the group column, which the clustering may change at any time. */
  private List<String> exports(String project) {
    var participants = new StringBuilder();
    csv("/api/projects/{id}/export/participants-votes.csv", null, project)
        .lines()
        .forEach(
            line -> participants.append(line.replaceFirst("^([^,]*),[^,]*,", "$1,")).append('\n'));
    return List.of(
        csv("/api/projects/{id}/export/comments.csv", null, project),
        csv("/api/projects/{id}/export/votes.csv", null, project),
        participants.toString());
  }

  @Nested
  class Progress {

    @Test
    void showsTheImportOnItsProject() {
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "Import shown");
      assertThat(json("/api/projects/{id}", project)).doesNotContainKey("import");

      var job = accepted(project, moderator, TWO_COMMENTS, TWO_VOTES);
      awaitDone(job);

      @SuppressWarnings("unchecked")
      var shown = (Map<String, Object>) json("/api/projects/{id}", project).get("import");
      assertThat(shown).containsEntry("job", job).containsEntry("state", "DONE");
      assertThat(shown.get("done")).isEqualTo(shown.get("total")).isEqualTo(6);
      assertThat(json("/api/jobs/{job}", job))
          .containsEntry("project", project)
          .containsEntry("stored", Map.of("participants", 2, "statements", 2, "votes", 2));
    }

    @Test
    void saysOnTheProjectPageThatAnImportStoppedHalfway() {
      var moderator = withRoles("MODERATOR");
      var project = project(withRoles("OFFICIAL"), "Import stopped");
      var job = "stopped-" + System.nanoTime();
      var halfway =
          new JobProgress(
              "STATEMENTS", 2, 4, Map.of("participants", 2L, "statements", 2L, "votes", 0L));
      assertThat(claims.claim(project, job)).isEmpty();
      jobs.create(
          job,
          PolisImporter.KIND,
          project,
          10,
          halfway,
          new Actor(new ParticipantId(moderator.id()), Set.of(Role.MODERATOR)));
      jobs.fail(job, halfway, "Stopped for the test.");

      @SuppressWarnings("unchecked")
      var shown = (Map<String, Object>) json("/api/projects/{id}", project).get("import");
      assertThat(shown)
          .containsEntry("job", job)
          .containsEntry("state", "FAILED")
          .containsEntry("done", 4);
      var slug = (String) json("/api/projects/{id}", project).get("slug");
      var page =
          http.get()
              .uri("/projects/{slug}", slug)
              .accept(MediaType.TEXT_HTML)
              .exchange()
              .expectStatus()
              .isOk()
              .expectBody(String.class)
              .returnResult()
              .getResponseBody();
      assertThat(page).contains("stopped after 4 of 10 steps");
      expectProblem(
          importInto(project, moderator, TWO_COMMENTS, TWO_VOTES), 409, job, "new wikiproject");
    }

    @Test
    void answersAnUnknownJobWithAProblem() {
      expectProblem(
          http.get().uri("/api/jobs/{job}", "no-such-job").exchange(), 404, "no-such-job");
    }
  }
}
