package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.deliberation.vote.VoteIntake;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.deliberation.web.platform.store.StoreForceSwitch;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Durable votes per second through HTTP with 64 concurrent clients, each a participant voting as fast as the server
 * acknowledges (a vote is acknowledged only once stored). Two shapes: votes spread over 200 statements, and every
 * client voting on one statement, which would contend if a statement were a lock. The baseline, in the same run, is
 * the same clients asking the liveness probe: the floor of what an HTTP request costs on this machine, with the
 * clients sharing its cores. The spread votes are measured with the store's file forced (fsync) before each
 * acknowledgement, as it runs, and with the force turned off, in three pairs on the same server, after a warm-up that
 * lasts until the rate is steady.
 */
@DirtiesContext // a server of its own, not one another benchmark has loaded
class VoteHttpBenchmark extends ApiTestSupport {

  private static final int CLIENTS = 64;
  private static final int STATEMENTS = 200;
  private static final int REQUESTS_PER_CLIENT = 400;
  private static final int PAIRS = 3;
  private static final int MAX_WARM_UP_ROUNDS = 12;
  private static final double STEADY = 0.05;

  @LocalServerPort int port;

  @Autowired VoteIntake intake;

  @Autowired EmbeddedMongo store;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private enum Shape {
    LIVENESS,
    VOTE_SPREAD,
    VOTE_ONE
  }

  @Test
  void votesWithSixtyFourClients() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Vote benchmark");
    var statements = deliberating(official, project, STATEMENTS);
    var voters = new ArrayList<Session>();
    for (int c = 0; c < CLIENTS; c++) {
      voters.add(citizen());
    }
    // Warm-up, not measured: JIT, connection pools and the statements' live state. With the two
    // cores serving the load, the JIT's compiler threads get little of them, and the rates kept
    // rising for minutes (by half over five rounds): rounds go on until two in a row agree.
    warmUp(project, statements, voters);

    BenchmarkReport.line("## Votes through HTTP (" + BenchmarkReport.machine() + ")");
    var floor = run(project, statements, voters, Shape.LIVENESS, REQUESTS_PER_CLIENT, 0);
    // The store's force (fsync) on and off on the same server, in pairs ordered on, off, off, on,
    // on, off: what the force costs, measured against itself, in an order that cancels a steady
    // drift of the machine's speed.
    var forced = new ArrayList<ConcurrentClients.Run>();
    var unforced = new ArrayList<ConcurrentClients.Run>();
    for (int pair = 0; pair < PAIRS; pair++) {
      boolean forceFirst = pair % 2 == 0;
      for (boolean force : new boolean[] {forceFirst, !forceFirst}) {
        StoreForceSwitch.forceFile(store, force);
        (force ? forced : unforced)
            .add(run(project, statements, voters, Shape.VOTE_SPREAD, REQUESTS_PER_CLIENT, 0));
      }
    }
    StoreForceSwitch.forceFile(store, true);
    var floorAgain = run(project, statements, voters, Shape.LIVENESS, REQUESTS_PER_CLIENT, 0);
    var one = run(project, statements, voters, Shape.VOTE_ONE, REQUESTS_PER_CLIENT, 0);
    report("liveness probe (baseline)", floor);
    for (int pair = 0; pair < PAIRS; pair++) {
      report("votes over 200 statements, file forced, pair " + (pair + 1), forced.get(pair));
      report(
          "votes over 200 statements, not forced (baseline), pair " + (pair + 1),
          unforced.get(pair));
    }
    report("liveness probe, again", floorAgain);
    report("votes all on one statement, file forced", one);
    // Every acknowledged vote counts: after the last HTTP round, every client's vote on the one
    // statement is its last.
    var last = (REQUESTS_PER_CLIENT - 1) % 2 == 0 ? "agree" : "disagree";
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(
                        http.get()
                            .uri(
                                "/api/projects/{id}/statements/{sid}",
                                project,
                                statements.getFirst())
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .expectBody(Map.class)
                            .returnResult()
                            .getResponseBody()
                            .toString())
                    .contains(last + "=" + CLIENTS));
    var intakeAlone = intakeAlone(project, statements, voters);
    report("votes into the intake alone, no HTTP", intakeAlone);
    double forcedVotes = forced.stream().mapToDouble(ConcurrentClients.Run::rate).sum();
    double unforcedVotes = unforced.stream().mapToDouble(ConcurrentClients.Run::rate).sum();
    double probes = floor.rate() + floorAgain.rate();
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| **votes over 200 statements ÷ liveness probes** (every forced round, both probes) | %.2f |",
            (forcedVotes / PAIRS) / (probes / 2)));
    var pairs = new StringBuilder();
    for (int pair = 0; pair < PAIRS; pair++) {
      pairs.append(pair == 0 ? "" : ", ");
      pairs.append(
          String.format(Locale.ROOT, "%.2f", forced.get(pair).rate() / unforced.get(pair).rate()));
    }
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| **votes forced ÷ not forced** (every round; each pair) | %.2f (%s) |",
            forcedVotes / unforcedVotes,
            pairs));
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| votes on one statement ÷ over 200 | %.2f |",
            one.rate() / forced.getFirst().rate()));
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| intake alone ÷ votes over 200 statements | %.2f |",
            intakeAlone.rate() / forced.getFirst().rate()));
  }

  /**
   * Rounds of probes and of votes until two vote rounds in a row are within {@link #STEADY} of each other (at most
   * {@link #MAX_WARM_UP_ROUNDS}); the report says how many it took.
   */
  private void warmUp(String project, List<String> statements, List<Session> voters)
      throws Exception {
    double previous = 0;
    int rounds = 0;
    while (rounds < MAX_WARM_UP_ROUNDS) {
      rounds++;
      run(project, statements, voters, Shape.LIVENESS, REQUESTS_PER_CLIENT, 0);
      double rate =
          run(project, statements, voters, Shape.VOTE_SPREAD, REQUESTS_PER_CLIENT, 0).rate();
      if (previous > 0 && Math.abs(rate - previous) <= STEADY * previous) {
        break;
      }
      previous = rate;
    }
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "warm-up: %d rounds of probes and votes, the last two votes' rates within %.0f %%: %s",
            rounds,
            STEADY * 100,
            rounds < MAX_WARM_UP_ROUNDS ? "yes" : "no, the limit was reached"));
  }

  /** The same spread votes handed straight to the intake by 64 threads: what storing them costs without HTTP. */
  private ConcurrentClients.Run intakeAlone(
      String project, List<String> statements, List<Session> voters) throws Exception {
    return ConcurrentClients.run(
        CLIENTS,
        REQUESTS_PER_CLIENT,
        (client, i) -> {
          var statement = new StatementId(statements.get((client + i) % STATEMENTS));
          var vote = (i / STATEMENTS + 1) % 2 == 0 ? Vote.AGREE : Vote.DISAGREE;
          intake
              .cast(
                  new VoteCast(
                      new ProjectId(project),
                      statement,
                      new ParticipantId(voters.get(client).id()),
                      vote,
                      Instant.now()))
              .block();
        });
  }

  private ConcurrentClients.Run run(
      String project,
      List<String> statements,
      List<Session> voters,
      Shape shape,
      int perClient,
      int round)
      throws Exception {
    return ConcurrentClients.run(
        CLIENTS,
        perClient,
        (client, i) -> {
          // Each vote differs from the voter's previous one on that statement, so each is a change
          // to store.
          var statement =
              shape == Shape.VOTE_SPREAD
                  ? statements.get((client + i) % STATEMENTS)
                  : statements.getFirst();
          var uri =
              URI.create(
                  shape == Shape.LIVENESS
                      ? base() + "/actuator/health/liveness"
                      : base() + "/api/projects/" + project + "/statements/" + statement + "/vote");
          var vote =
              shape == Shape.VOTE_SPREAD
                  ? ((i / STATEMENTS + round) % 2 == 0 ? "AGREE" : "DISAGREE")
                  : (i % 2 == 0 ? "AGREE" : "DISAGREE");
          send(
              shape == Shape.LIVENESS
                  ? HttpRequest.newBuilder(uri).GET().build()
                  : HttpRequest.newBuilder(uri)
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer " + voters.get(client).token())
                      .PUT(HttpRequest.BodyPublishers.ofString("{\"vote\":\"" + vote + "\"}"))
                      .build());
        });
  }

  private void report(String label, ConcurrentClients.Run run) {
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| %s, %d clients, %,d requests | %.0f /s | p50 %.1f ms, p99 %.1f ms |",
            label,
            CLIENTS,
            run.latencies().length,
            run.rate(),
            BenchmarkReport.percentile(run.latencies(), 0.5),
            BenchmarkReport.percentile(run.latencies(), 0.99)));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    var response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return response;
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }
}
