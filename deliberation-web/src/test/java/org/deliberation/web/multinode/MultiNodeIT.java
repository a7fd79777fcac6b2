package org.deliberation.web.multinode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.deliberation.web.durability.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes over one store node, as docs/multi-node.md runs them: what one node accepts, the other shows, and
 * what one node refuses or closes, the other refuses once it has seen it. The three processes are started once for
 * the class; each test uses projects and participants of its own. The deadlines are generous (a loaded machine):
 * how fast a change crosses is measured by {@code MultiNodeBenchmark}, not asserted here.
 */
class MultiNodeIT {

  private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");

  private static final Duration CROSSING = Duration.ofSeconds(60);

  @TempDir static Path data;

  private static Cluster nodes;

  @BeforeAll
  static void start() {
    assumeTrue(
        ServerProcess.jarExists(),
        "the packaged jar is built by `mvn verify` before integration tests");
    nodes = Cluster.start(data, "MultiNodeIT");
  }

  @AfterAll
  static void stop() {
    if (nodes != null) {
      nodes.close();
    }
  }

  @Test
  void aVoteOnAReachesAStreamReaderOnB() {
    var a = nodes.a();
    var b = nodes.b();
    var admin = Calls.admin(a);
    var project = Calls.deliberation(a, admin, "Streamed across nodes");
    var statement = Calls.statement(a, admin, project, "Open the pool at dawn.");
    var voter = Calls.participant(a, "stream@nodes.example");
    try (var reader =
        StreamReader.open(b, "/api/projects/" + project.id() + "/synthesis/stream", null)) {
      await().atMost(CROSSING).until(() -> !reader.named("synthesis").isEmpty());

      assertThat(Calls.vote(a, voter, project, statement, "DISAGREE")).isEqualTo(200);

      await()
          .atMost(CROSSING)
          .untilAsserted(
              () ->
                  assertThat(reader.named("vote"))
                      .anySatisfy(vote -> assertThat(vote.data()).contains(statement, "DISAGREE")));
    }
    assertThat(Calls.counts(b, project, statement)).containsExactly(0, 1, 0);
  }

  @Test
  void anEditOnAIsSearchableOnBAndAnEditOnBOnA() {
    var a = nodes.a();
    var b = nodes.b();
    var admin = Calls.admin(a);
    var project = Calls.deliberation(a, admin, "Searched across nodes");
    var page = "/api/projects/" + project.id() + "/pages/notes";
    assertThat(
            a.send("PUT", page, admin, null, "{\"markdown\":\"The quokkalight path.\\n\"}")
                .statusCode())
        .isEqualTo(201);
    await().atMost(CROSSING).until(() -> Calls.found(b, "quokkalight") == 1);

    var edited =
        b.send(
            "PUT",
            page,
            Calls.admin(b),
            "\"1\"",
            "{\"markdown\":\"The quokkalight path.\\n\\nThe marmotshade bench.\\n\"}");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    await().atMost(CROSSING).until(() -> Calls.found(a, "marmotshade") == 1);

    // A read the page at revision 1 and may still hold it in its aggregate cache: an edit of
    // revision 2 there
    // must be judged on revision 2 (B's edit), neither refused as unknown nor stored over it.
    var again =
        a.send(
            "PUT",
            page,
            admin,
            "\"2\"",
            "{\"markdown\":\"The quokkalight path.\\n\\nThe marmotshade bench.\\n\\nThe ibisgate.\\n\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    var read = b.send("GET", page, null, null, null);
    assertThat(read.body()).contains("\"revision\":3", "quokkalight", "marmotshade", "ibisgate");
  }

  @Test
  void aStageChangeOnAClosesVotingOnBAndARacingVoteIsRefusedOrCounted() {
    var a = nodes.a();
    var b = nodes.b();
    var admin = Calls.admin(a);
    var project = Calls.deliberation(a, admin, "Closed across nodes");
    var statement = Calls.statement(a, admin, project, "Close the square to cars.");
    var voters = voters(b, "stage", 24);
    await()
        .atMost(CROSSING)
        .until(() -> Calls.vote(b, voters.get(0), project, statement, "AGREE") == 200);

    var answers =
        racing(
            voters,
            1,
            voter -> Calls.vote(b, voter, project, statement, "AGREE"),
            () -> assertThat(Calls.stage(a, admin, project, "SYNTHESIS")).isEqualTo(200));

    int again = refusedOnceSeen(b, voters.get(0), project, statement);
    countedAsAnswered(project, statement, answers, again);
  }

  @Test
  void aHideOnAClosesVotingOnBAndARacingVoteIsRefusedOrCounted() {
    var a = nodes.a();
    var b = nodes.b();
    var admin = Calls.admin(a);
    var project = Calls.deliberation(a, admin, "Hidden across nodes");
    var statement = Calls.statement(a, admin, project, "Paint the bridge orange.");
    var voters = voters(b, "hide", 24);
    await()
        .atMost(CROSSING)
        .until(() -> Calls.vote(b, voters.get(0), project, statement, "AGREE") == 200);

    var answers =
        racing(
            voters,
            1,
            voter -> Calls.vote(b, voter, project, statement, "AGREE"),
            () -> assertThat(Calls.hide(a, admin, project, statement)).isEqualTo(200));

    int again = refusedOnceSeen(b, voters.get(0), project, statement);
    countedAsAnswered(project, statement, answers, again);
  }

  @Test
  void aTokenFromAWorksOnBAndAFormRenderedByAIsAcceptedByB() {
    var a = nodes.a();
    var b = nodes.b();
    var admin = Calls.admin(a);
    var project = Calls.deliberation(a, admin, "Sessions across nodes");
    var statement = Calls.statement(a, admin, project, "Plant plane trees.");
    var token = Calls.participant(a, "session@nodes.example");
    var me = b.send("GET", "/api/participants/me", token, null, null);
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);

    var browser = new Browser();
    var login = browser.get(a, "/login");
    assertThat(login.statusCode()).isEqualTo(200);
    var signedIn =
        browser.post(
            b,
            "/login",
            Map.of(
                "_csrf",
                Browser.formToken(login),
                "email",
                "session@nodes.example",
                "password",
                "a voter's password",
                "next",
                "/projects/" + project.slug()));
    assertThat(signedIn.statusCode()).as(signedIn.body()).isBetween(300, 399);
    assertThat(browser.has("session")).isTrue();

    var page = browser.get(a, "/projects/" + project.slug());
    assertThat(page.statusCode()).isEqualTo(200);
    var voted =
        browser.post(
            b,
            "/projects/" + project.slug() + "/statements/" + statement + "/vote",
            Map.of("_csrf", Browser.formToken(page), "vote", "PASS"));
    assertThat(voted.statusCode()).as(voted.body()).isBetween(300, 399);
    await()
        .atMost(CROSSING)
        .untilAsserted(
            () -> assertThat(Calls.counts(a, project, statement)).containsExactly(0, 0, 1));
  }

  @Test
  void killingANodeUnderLoadLosesNoAcknowledgedWriteAndTheOtherKeepsServing() throws Exception {
    var a = nodes.a();
    var b = nodes.b();
    var admin = Calls.admin(a);
    var project = Calls.deliberation(a, admin, "Killed under load");
    var killed = new AtomicBoolean();
    var clients = new ArrayList<LoadClient>();
    for (int i = 0; i < 4; i++) {
      // Clients 0 and 1 write to A, 2 and 3 to B.
      var node = i < 2 ? a : b;
      var statement = Calls.statement(a, admin, project, "Statement number " + i + " of the load.");
      clients.add(
          new LoadClient(
              node,
              Calls.admin(node),
              project,
              statement,
              "load-" + i,
              voters(node, "load" + i + "-", 30),
              killed));
    }
    var answers = new ArrayList<Future<LoadClient.Acknowledged>>();
    try (var pool = Executors.newFixedThreadPool(clients.size())) {
      for (var client : clients) {
        answers.add(pool.submit(client));
      }
      // Under way on both nodes: A has acknowledged some of its clients' writes.
      await()
          .atMost(CROSSING)
          .until(() -> Calls.counts(b, project, clients.get(0).statement())[0] >= 3);
      killed.set(true);
      nodes.killA();
    }
    var acknowledged = new ArrayList<LoadClient.Acknowledged>();
    for (var answer : answers) {
      acknowledged.add(answer.get());
    }
    for (int i = 2; i < 4; i++) {
      assertThat(acknowledged.get(i).failure()).as("B served client " + i).isNull();
      assertThat(acknowledged.get(i).afterKill()).as("B served after the kill").isPositive();
    }
    // Everything acknowledged by either node is there, on B at once and on A restarted.
    everyAcknowledgedWriteIsOn(b, project, clients, acknowledged);
    nodes.restartA();
    var restarted = nodes.a();
    everyAcknowledgedWriteIsOn(restarted, project, clients, acknowledged);
    await()
        .atMost(CROSSING)
        .untilAsserted(
            () -> {
              for (var client : clients) {
                assertThat(Calls.counts(restarted, project, client.statement()))
                    .containsExactly(Calls.counts(b, project, client.statement()));
                assertThat(restarted.send("GET", client.path(), null, null, null).body())
                    .isEqualTo(b.send("GET", client.path(), null, null, null).body());
              }
              assertThat(Calls.found(restarted, LoadClient.WORD))
                  .isEqualTo(Calls.found(b, LoadClient.WORD))
                  .isEqualTo(clients.size());
              assertThat(Backlog.votes(restarted, project)).isEqualTo(Backlog.votes(b, project));
            });
  }

  private static void everyAcknowledgedWriteIsOn(
      ServerProcess node,
      Calls.Project project,
      List<LoadClient> clients,
      List<LoadClient.Acknowledged> acknowledged) {
    await()
        .atMost(CROSSING)
        .untilAsserted(
            () -> {
              for (int i = 0; i < clients.size(); i++) {
                var client = clients.get(i);
                var done = acknowledged.get(i);
                // A write sent to A as it died may be stored without having been acknowledged.
                assertThat(Calls.counts(node, project, client.statement())[0])
                    .isBetween(done.votes(), done.votes() + 1);
                var page = node.send("GET", client.path(), null, null, null);
                if (done.revision() > 0) {
                  assertThat(page.statusCode()).isEqualTo(200);
                  var revision = Integer.parseInt(ServerProcess.find(REVISION, page.body()));
                  assertThat(revision).isBetween(done.revision(), done.revision() + 1);
                  assertThat(page.body()).contains("line " + done.revision() + "\\n");
                }
              }
            });
  }

  private static List<String> voters(ServerProcess node, String prefix, int count) {
    var tokens = new ArrayList<String>();
    for (int i = 0; i < count; i++) {
      tokens.add(Calls.participant(node, prefix + i + "@nodes.example"));
    }
    return tokens;
  }

  /**
   * Casts one vote per voter from {@code first} on, in two parallel clients, and makes the change on the other node
   * once a few of them are answered: the answers (status per voter), in the voters' order.
   */
  private static List<Integer> racing(
      List<String> voters,
      int first,
      java.util.function.ToIntFunction<String> vote,
      Runnable change) {
    try (var clients = Executors.newFixedThreadPool(2)) {
      var answers = new ArrayList<Future<Integer>>();
      for (int i = first; i < voters.size(); i++) {
        var voter = voters.get(i);
        answers.add(clients.submit(() -> vote.applyAsInt(voter)));
        if (i == first + 4) {
          change.run();
        }
      }
      var statuses = new ArrayList<Integer>();
      for (var answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).as("each vote is stored (200) or refused (409)").containsOnly(200, 409);
      return statuses;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Once the change has reached B, B refuses, and goes on refusing: the first voter votes the same again until
   * refused (which leaves the counts as they are); how many of those votes were stored before.
   */
  private static int refusedOnceSeen(
      ServerProcess b, String voter, Calls.Project project, String statement) {
    var stored = new java.util.concurrent.atomic.AtomicInteger();
    await()
        .atMost(CROSSING)
        .until(
            () -> {
              int status = Calls.vote(b, voter, project, statement, "AGREE");
              if (status == 200) {
                stored.incrementAndGet();
              }
              return status == 409;
            });
    for (int i = 0; i < 5; i++) {
      assertThat(Calls.vote(b, voter, project, statement, "AGREE")).isEqualTo(409);
    }
    return stored.get();
  }

  /**
   * Every vote answered 200 is counted, on both nodes and in the stream's events, and no refused one is: the first
   * voter's vote, and those of the race.
   */
  private static void countedAsAnswered(
      Calls.Project project, String statement, List<Integer> answers, int again) {
    int stored = 1 + (int) answers.stream().filter(status -> status == 200).count();
    for (var node : List.of(nodes.a(), nodes.b())) {
      await()
          .atMost(CROSSING)
          .untilAsserted(
              () ->
                  assertThat(Calls.counts(node, project, statement)).containsExactly(stored, 0, 0));
      assertThat(Backlog.votes(node, project)).isEqualTo(stored + again);
    }
  }
}
