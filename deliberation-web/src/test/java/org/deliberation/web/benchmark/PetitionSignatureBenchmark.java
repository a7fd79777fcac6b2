package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.HttpSigners;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * 10,000 signatures from 10,000 participants through HTTP, 64 clients at once, on one petition: every signature goes
 * through the one petition aggregate, which serializes them. The count must be exactly 10,000, and each threshold's
 * reachedAt the instant of the signature that crossed it. The baseline, in the same run and on the same server: the
 * same 10,000 participants casting one vote each over 200 statements (votes are appended in batches, by no aggregate).
 */
@DirtiesContext // a server of its own, not one another benchmark has loaded
class PetitionSignatureBenchmark extends ApiTestSupport {

  private static final int PARTICIPANTS = 10_000;
  private static final int CLIENTS = 64;
  private static final int WARM_UP = 1_000;
  private static final int RESPONSE = 1_000;
  private static final int AGENDA = 10_000;

  @LocalServerPort int port;

  @Test
  void tenThousandSignaturesBesideTenThousandVotes() throws Exception {
    var signers = new HttpSigners(port);
    var people = signers.signUp(PARTICIPANTS, CLIENTS);
    var official = withRoles("OFFICIAL");
    var project = project(official, "Signature benchmark baseline");
    var statements = deliberating(official, project, 200);
    var authority = authority();

    // Warm-up, not measured: JIT, connection pools, a first petition and a first round of votes.
    signers.sign(petition(authority, "Warm-up"), people.subList(0, WARM_UP), CLIENTS);
    votes(signers, people.subList(0, WARM_UP), project, statements, "DISAGREE");

    var petition = petition(authority, "Measured");
    long t0 = System.nanoTime();
    var signed = signers.sign(petition, people, CLIENTS);
    double signatureSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    votes(signers, people, project, statements, "AGREE");
    double voteSeconds = (System.nanoTime() - t1) / 1e9;

    var view = signers.send("GET", "/api/petitions/" + petition, null, null);
    assertThat(view.get("signatures").asInt()).isEqualTo(PARTICIPANTS);
    for (var threshold : view.get("thresholds")) {
      var crossing =
          signed.stream()
              .filter(answer -> answer.signatures() == threshold.get("signatures").asInt())
              .map(HttpSigners.Signed::signedAt)
              .toList();
      assertThat(crossing).hasSize(1);
      assertThat(threshold.get("reachedAt").asText()).isEqualTo(crossing.getFirst());
    }

    double signatureRate = PARTICIPANTS / signatureSeconds;
    double voteRate = PARTICIPANTS / voteSeconds;
    BenchmarkReport.line(
        "## Petition signatures beside votes through HTTP (" + BenchmarkReport.machine() + ")");
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| 10,000 signatures on one petition, %d clients | %.0f /s | count %d, thresholds at the"
                + " crossing signatures' instants |",
            CLIENTS,
            signatureRate,
            view.get("signatures").asInt()));
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| 10,000 votes over 200 statements, %d clients (baseline) | %.0f /s | |",
            CLIENTS,
            voteRate));
    BenchmarkReport.line(
        String.format(Locale.ROOT, "| signatures ÷ votes | %.2f | |", signatureRate / voteRate));
  }

  private void votes(
      HttpSigners signers,
      List<HttpSigners.Signer> voters,
      String project,
      List<String> statements,
      String vote)
      throws Exception {
    HttpSigners.parallel(
        voters.size(),
        CLIENTS,
        i ->
            signers.send(
                "PUT",
                "/api/projects/"
                    + project
                    + "/statements/"
                    + statements.get(i % statements.size())
                    + "/vote",
                voters.get(i).token(),
                "{\"vote\":\"" + vote + "\"}"));
  }

  private String authority() {
    return authority("Benchmark council", RESPONSE, AGENDA);
  }

  private String petition(String authority, String title) {
    return openPetition(citizen(), authority, title, "Signed by many.", "en");
  }
}
