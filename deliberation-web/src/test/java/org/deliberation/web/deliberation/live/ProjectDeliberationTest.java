package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.deliberation.web.deliberation.live.Events.contribution;
import static org.deliberation.web.deliberation.live.Events.flagged;
import static org.deliberation.web.deliberation.live.Events.hidden;
import static org.deliberation.web.deliberation.live.Events.restored;
import static org.deliberation.web.deliberation.live.Events.viewpoint;
import static org.deliberation.web.deliberation.live.Events.vote;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.integrity.IntegrityCheck;
import org.deliberation.core.integrity.IntegrityReport;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.ParticipantImported;
import org.deliberation.core.synthesis.OpinionGroup;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.vote.Admission;
import org.deliberation.core.vote.VoteAdmission;
import org.deliberation.web.platform.stream.Fanout;
import org.deliberation.web.platform.stream.ReaderBuffer;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ProjectDeliberationTest {

  private final MutableClock clock = new MutableClock(at(600));
  private final AtomicInteger changes = new AtomicInteger();
  private final ProjectDeliberation live =
      new ProjectDeliberation(
          Events.PROJECT, Object::toString, project -> changes.incrementAndGet(), clock);
  private long position;

  /** A project in DELIBERATION since minute 10, with a contribution s1 and a viewpoint v1 that contradicts it. */
  private void deliberating() {
    live.created(at(0), ++position);
    live.posted(contribution("s1", "Open on Sundays."), "Ann", ++position);
    live.posted(
        viewpoint("v1", "Nobody comes then.", "s1", Relation.CONTRADICTS), "Eve", ++position);
    live.stageChanged(Stage.DELIBERATION, at(10), ++position);
  }

  private void cast(String participant, String statement, Vote vote, int minute) {
    live.voted(vote(participant, statement, vote, at(minute)), ++position);
  }

  @Test
  void appliesEachEventOnceAndAdvancesToTheLastPosition() {
    deliberating();
    live.posted(contribution("s1", "Open on Sundays."), "Ann", ++position);
    cast("ann", "s1", Vote.AGREE, 11);
    cast("bob", "s1", Vote.DISAGREE, 12);
    cast("ann", "s1", Vote.PASS, 13);
    cast("ann", "unknown", Vote.AGREE, 14);

    assertThat(live.position())
        .isEqualTo(position - 1)
        .as("a vote on an unknown statement is not applied");
    assertThat(live.stage()).isEqualTo(Stage.DELIBERATION);
    assertThat(live.statement("s1", false).orElseThrow().counts()).isEqualTo(new Tally(0, 1, 1));
    assertThat(live.statements(null, StatementOrder.RECENT, false, false))
        .extracting(StatementView::id)
        .containsExactly("v1", "s1");
    assertThat(live.votesOf("ann")).isEqualTo(Map.of("s1", Vote.PASS));
    assertThat(live.votesOf("nobody")).isEmpty();
    assertThat(changes).as("each counted vote asks for a recomputation").hasValue(3);
  }

  @Test
  void moderationHidesAStatementFromThePublicAndTheQueueShowsWhatWaits() {
    deliberating();
    live.flagged(flagged("s1", "bob", "rude"), at(11), ++position);
    assertThat(live.flagged()).extracting(item -> item.statement().id()).containsExactly("s1");

    live.moderated(hidden("s1", "insulting"), at(12), ++position);

    assertThat(live.visibility("s1")).contains(org.deliberation.core.vote.Visibility.HIDDEN);
    assertThat(live.visibility("unknown")).isEmpty();
    assertThat(live.statements(null, StatementOrder.RECENT, false, false))
        .extracting(StatementView::id)
        .containsExactly("v1");
    assertThat(live.contradictions()).as("one side is hidden").isEmpty();
    assertThat(live.flagged())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.statement().text())
                  .as("moderators read it")
                  .isEqualTo("Open on Sundays.");
              assertThat(item.openFlags()).as("answered by the decision").isEmpty();
            });
    assertThat(changes).as("a moderation changes the synthesis").hasValue(1);

    live.moderated(restored("s1", "rephrased"), at(13), ++position);
    assertThat(live.contradictions())
        .singleElement()
        .satisfies(
            pair -> assertThat(pair).extracting(StatementView::id).containsExactly("s1", "v1"));
  }

  @Test
  void travelsBackToTheVotesStageAndModerationOfAnInstant() {
    deliberating();
    cast("ann", "s1", Vote.AGREE, 11);
    live.moderated(hidden("v1", "off topic"), at(12), ++position);
    cast("bob", "s1", Vote.DISAGREE, 13);
    live.stageChanged(Stage.SYNTHESIS, at(20), ++position);

    var past = live.historyAt(at(12));
    var then = past.votes();
    assertThat(then.voteCount()).isEqualTo(1);
    assertThat(then.moderatedOut().stream().mapToObj(then.statements()::get)).isEmpty();
    assertThat(past.position()).isEqualTo(5);
    assertThat(live.endOf(Stage.DELIBERATION)).contains(at(20).minusNanos(1));
    assertThat(live.reached(Stage.SYNTHESIS)).isTrue();

    var view = live.view(Synthesis.EMPTY, at(15), past.position());
    assertThat(view.stage()).isEqualTo("DELIBERATION");
    assertThat(view.at()).isEqualTo(at(15));
    assertThat(view.computedAt()).as("computed now").isEqualTo(clock.instant());
  }

  @Test
  void aRecomputedSynthesisGivesGroupCountsAndIsPushedToReaders() {
    deliberating();
    cast("ann", "s1", Vote.AGREE, 11);
    var snapshot = live.snapshot();
    cast("bob", "s1", Vote.AGREE, 12); // during the computation

    live.install(
        checked(
            new Synthesis(
                1,
                1,
                List.of(new OpinionGroup("A", List.of("ann", "bob"), List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    new StatementScore(
                        "s1", 1, 0, 0, 0.5, List.of(new StatementScore.GroupVotes("A", 1, 0, 0)))),
                List.of())),
        snapshot,
        at(12));

    assertThat(live.statement("s1", false).orElseThrow().groups())
        .containsExactly(new GroupTally("A", 2, 0, 0));
    assertThat(live.synthesis().computedAt()).isEqualTo(at(12));
    assertThat(live.synthesis().position()).isEqualTo(snapshot.position());
    assertThat(live.activity()).isEqualTo(new Activity(1, 1));
    assertThat(live.exportSnapshot().groups()).isEqualTo(Map.of("ann", "A", "bob", "A"));
    StepVerifier.create(
            live.subscribe(null, StreamMode.WHOLE, ReaderBuffer.Limits.DEFAULT, Fanout.INLINE)
                .map(LiveEvent::type))
        .expectNext(LiveEvent.Type.SYNTHESIS)
        .then(() -> cast("cy", "s1", Vote.PASS, 13))
        .expectNext(LiveEvent.Type.VOTE)
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void exportsEveryVoteInOrderAndTheImportedParticipantsIds() {
    deliberating();
    live.imported(
        new ParticipantImported(
            new ProjectId(Events.PROJECT), new ParticipantId("p-7"), "polis", "7"),
        ++position);
    cast("p-7", "s1", Vote.AGREE, 11);
    cast("p-7", "s1", Vote.DISAGREE, 12);

    var export = live.exportSnapshot();

    assertThat(export.votes())
        .containsExactly(
            new ExportSnapshot.Cast("p-7", "s1", 1, at(11).toEpochMilli()),
            new ExportSnapshot.Cast("p-7", "s1", -1, at(12).toEpochMilli()));
    assertThat(export.externalIds()).isEqualTo(Map.of("p-7", "7"));
    assertThat(export.statements())
        .extracting(ExportSnapshot.Posted::id, ExportSnapshot.Posted::disagree)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("s1", 1),
            org.assertj.core.groups.Tuple.tuple("v1", 0));
    assertThat(live.participation(2, at(20)))
        .extracting(ParticipationSpan::votes)
        .as("cast in the second ten minutes")
        .containsExactly(0, 2);
    assertThat(live.historyStart()).isEqualTo(at(0));
  }

  /**
   * A stage change accepted on another node reaches this one through its projection; votes taken here meanwhile race
   * it. The rule: a vote admitted is counted, wherever it lands in the event store (here after the change), and a vote
   * asked once the change is applied is refused. Never a vote refused that counts, nor one admitted that does not.
   */
  @Test
  void aVoteRacingAChangeFromAnotherNodeIsRefusedOrCountedNeverBoth() throws Exception {
    deliberating();
    int voters = 400;
    var admitted = new ConcurrentLinkedQueue<String>();
    var refused = new AtomicInteger();
    var admittedAfterTheChange = new AtomicInteger();
    var applied = new java.util.concurrent.atomic.AtomicBoolean();
    var start = new CountDownLatch(1);
    // One taken before the race: at least one admitted vote reaches the store after the change.
    assertThat(VoteAdmission.admit(live.stage(), live.visibility("s1").orElseThrow()))
        .isEqualTo(Admission.ADMITTED);
    admitted.add("early-voter");
    try (var executor = Executors.newFixedThreadPool(4)) {
      for (int v = 0; v < voters; v++) {
        var voter = "voter-" + v;
        executor.submit(
            () -> {
              start.await();
              boolean afterTheChange = applied.get();
              // What the vote path asks the live state when no change of this node is pending
              // (StatementLookup).
              var admission =
                  VoteAdmission.admit(live.stage(), live.visibility("s1").orElseThrow());
              if (admission instanceof Admission.Refused) {
                refused.incrementAndGet();
              } else {
                admitted.add(voter);
                if (afterTheChange) {
                  admittedAfterTheChange.incrementAndGet();
                }
              }
              return null;
            });
        if (v == voters / 2) {
          executor.submit(
              () -> {
                start.await();
                live.stageChanged(Stage.SYNTHESIS, at(20), ++position);
                applied.set(true);
                return null;
              });
        }
      }
      start.countDown();
    }
    // The admitted votes reach the store after the change, as a vote in flight may.
    admitted.forEach(voter -> cast(voter, "s1", Vote.AGREE, 19));

    assertThat(admittedAfterTheChange).as("admitted once the change was applied").hasValue(0);
    assertThat(admitted.size() + refused.get()).isEqualTo(voters + 1);
    assertThat(live.statement("s1", false).orElseThrow().counts().agree())
        .isEqualTo(admitted.size());
    assertThat(VoteAdmission.admit(live.stage(), live.visibility("s1").orElseThrow()))
        .isInstanceOf(Admission.Refused.class);
  }

  /** A synthesis as the integrity check hands it over, with no coordinated group found. */
  static IntegrityCheck.Result checked(Synthesis synthesis) {
    return new IntegrityCheck.Result(synthesis, IntegrityReport.EMPTY);
  }
}
