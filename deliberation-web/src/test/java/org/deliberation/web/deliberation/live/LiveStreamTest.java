package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.deliberation.web.deliberation.live.Events.contribution;
import static org.deliberation.web.deliberation.live.Events.hidden;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.deliberation.core.statement.Vote;
import org.deliberation.web.platform.stream.Fanout;
import org.deliberation.web.platform.stream.ReaderBuffer;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class LiveStreamTest {

  private final StatementBoard board = new StatementBoard();
  private final VoteTally tally = new VoteTally();
  private final VoteLog log = new VoteLog();

  /** Serializes an event's data as a short readable string, so the tests see what each reader would get. */
  private final LiveStream stream =
      new LiveStream(
          LiveStreamTest::describe,
          record -> StatementViews.live(Events.PROJECT, record, board, tally, false));

  private static String describe(Object data) {
    return switch (data) {
      case StatementUpdate update ->
          update.action() + " " + update.statement().id() + " " + update.statement().text();
      case VoteUpdate vote ->
          vote.vote()
              + " "
              + vote.statement()
              + " "
              + vote.agree()
              + "/"
              + vote.disagree()
              + "/"
              + vote.pass()
              + (vote.groups() == null ? "" : " groups");
      case SynthesisView synthesis -> "synthesis of " + synthesis.votes() + " votes";
      case VersionedSynthesis versioned ->
          "synthesis v" + versioned.version() + " of " + versioned.view().votes() + " votes";
      case SynthesisPatch patch -> "patch v" + patch.from() + " to v" + patch.to();
      default -> throw new AssertionError(data);
    };
  }

  private StatementRecord post(String id, String text, long position) {
    var record = board.post(contribution(id, text), "Ann", position);
    tally.added();
    stream.statement(StatementUpdate.Action.POSTED, record, position);
    return record;
  }

  private void vote(String participant, int row, Vote vote, long position) {
    int replaced =
        tally.count(row, board.at(row).id(), participant, vote.value(), at(1).toEpochMilli());
    log.add(
        log.row(participant),
        row,
        vote.value(),
        replaced,
        at(1).toEpochMilli(),
        position,
        tally.count(row, 0),
        tally.count(row, 1),
        tally.count(row, 2));
  }

  private static SynthesisView synthesis(long position, long votes) {
    return new SynthesisView(
        Events.PROJECT,
        position,
        Instant.EPOCH,
        null,
        "DELIBERATION",
        1,
        votes,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void aResumingReaderGetsWhatCameAfterItsPositionInTheStoresOrderWithoutGroupCounts() {
    post("s1", "Open on Sundays.", 1);
    vote("ann", 0, Vote.AGREE, 2);
    post("s2", "Close at ten.", 3);
    vote("bob", 0, Vote.DISAGREE, 4);
    vote("ann", 1, Vote.PASS, 5);

    assertThat(stream.after(2, log, row -> board.at(row).id()))
        .extracting(LiveEvent::position, LiveEvent::json)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "POSTED s2 Close at ten."),
            org.assertj.core.groups.Tuple.tuple(4L, "DISAGREE s1 1/1/0"),
            org.assertj.core.groups.Tuple.tuple(5L, "PASS s2 0/0/1"));
    assertThat(stream.after(-1, log, row -> board.at(row).id())).hasSize(5);
    assertThat(stream.after(5, log, row -> board.at(row).id())).isEmpty();
  }

  @Test
  void aStatementHiddenSinceItsEventIsReplayedWithoutItsText() {
    var record = post("s1", "An insult.", 1);
    record.trail.apply(hidden("s1", "insulting"), at(2));
    stream.statement(StatementUpdate.Action.HIDDEN, record, 2);

    assertThat(stream.after(0, log, row -> board.at(row).id()))
        .extracting(LiveEvent::json)
        .containsExactly("POSTED s1 null", "HIDDEN s1 null");
  }

  @Test
  void aNewReaderGetsTheBacklogThenTheSynthesisThenLiveEventsAndOnlyWatchersCount() {
    post("s1", "Open on Sundays.", 1);
    stream.synthesis(synthesis(1, 0));
    assertThat(stream.watched()).isFalse();

    var reader =
        stream.subscribe(
            0L,
            StreamMode.WHOLE,
            ReaderBuffer.Limits.DEFAULT,
            Fanout.INLINE,
            log,
            row -> board.at(row).id(),
            () -> synthesis(9, 99));

    StepVerifier.create(reader.map(LiveEvent::json))
        .expectNext("POSTED s1 Open on Sundays.", "synthesis of 0 votes")
        .then(
            () -> {
              assertThat(stream.watched()).isTrue();
              stream.vote(2, new VoteUpdate("s1", "AGREE", at(1), 1, 0, 0, List.of()));
            })
        .expectNext("AGREE s1 1/0/0 groups")
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void onceTheSynthesisKeptMayQuoteAHiddenStatementNewReadersGetItBuiltAfresh() {
    stream.synthesis(synthesis(1, 3));
    stream.synthesisOutdated();

    StepVerifier.create(
            stream
                .subscribe(
                    null,
                    StreamMode.WHOLE,
                    ReaderBuffer.Limits.DEFAULT,
                    Fanout.INLINE,
                    log,
                    row -> board.at(row).id(),
                    () -> synthesis(2, 4))
                .map(LiveEvent::json))
        .expectNext("synthesis of 4 votes")
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void aReaderOfThePatchModeGetsTheVersionedViewThenPatchesWhileAReaderOfTheWholeGetsViews() {
    stream.synthesis(synthesis(1, 3));
    var patched =
        stream.subscribe(
            null,
            StreamMode.PATCH,
            ReaderBuffer.Limits.DEFAULT,
            Fanout.INLINE,
            log,
            row -> board.at(row).id(),
            () -> synthesis(9, 99));
    var whole =
        stream.subscribe(
            null,
            StreamMode.WHOLE,
            ReaderBuffer.Limits.DEFAULT,
            Fanout.INLINE,
            log,
            row -> board.at(row).id(),
            () -> synthesis(9, 99));

    StepVerifier.create(patched.map(LiveEvent::json))
        .expectNext("synthesis v1 of 3 votes")
        .then(() -> stream.synthesis(synthesis(2, 4)))
        .expectNext("patch v1 to v2")
        .then(
            () -> {
              stream.synthesisOutdated(); // a statement hidden: the next one goes whole
              stream.synthesis(synthesis(3, 5));
            })
        .expectNext("synthesis v3 of 5 votes")
        .thenCancel()
        .verify(Duration.ofSeconds(30));
    StepVerifier.create(whole.map(LiveEvent::json))
        // It read nothing meanwhile: the views waiting for it gave way to the latest.
        .expectNext("synthesis of 5 votes")
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void aReaderThatFallsBehindIsDroppedWithTheIdOfItsLastEventAndResumesFromIt() {
    post("s1", "Open on Sundays.", 1);
    stream.synthesis(synthesis(1, 0));
    var limits = new ReaderBuffer.Limits(4, 1 << 20);
    var received = new java.util.ArrayList<LiveEvent>();
    StepVerifier.create(
            stream.subscribe(
                null,
                StreamMode.PATCH,
                limits,
                Fanout.INLINE,
                log,
                row -> board.at(row).id(),
                () -> null),
            0)
        .then(
            () -> {
              for (int i = 0; i < 100; i++) {
                vote("p" + i, 0, Vote.AGREE, 10 + i);
                stream.vote(10 + i, new VoteUpdate("s1", "AGREE", at(1), i + 1, 0, 0, null));
              }
            })
        .thenRequest(Long.MAX_VALUE)
        .recordWith(() -> received)
        .thenConsumeWhile(event -> true)
        .verifyComplete();

    var resume = received.getLast();
    assertThat(resume.type()).isEqualTo(LiveEvent.Type.RESUME);
    assertThat(received).hasSizeLessThan(100);
    var lastRead = received.get(received.size() - 2);
    assertThat(resume.position()).isEqualTo(lastRead.position());
    assertThat(resume.json()).isEqualTo("{\"lastEventId\":\"" + lastRead.position() + "\"}");

    // Resumed from there: every vote it missed, then the whole view.
    StepVerifier.create(
            stream
                .subscribe(
                    resume.position(),
                    StreamMode.PATCH,
                    limits,
                    Fanout.INLINE,
                    log,
                    row -> board.at(row).id(),
                    () -> null)
                .map(LiveEvent::position))
        .expectNextSequence(
            java.util.stream.LongStream.range(resume.position() + 1, 110).boxed().toList())
        .expectNext(1L)
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }
}
