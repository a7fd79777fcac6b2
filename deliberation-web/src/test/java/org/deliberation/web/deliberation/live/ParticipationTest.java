package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipationTest {

  private final MutableClock clock = new MutableClock(at(60));
  private final Participation participation = new Participation(clock);
  private final VoteLog log = new VoteLog();

  @Test
  void theHistoryStartsAtTheCreationOrAtAnEarlierImportedVoteOrNowWithoutEither() {
    assertThat(participation.historyStart(Optional.empty())).isEqualTo(clock.instant());
    assertThat(participation.historyStart(Optional.of(at(0)))).isEqualTo(at(0));

    participation.voted(at(-30).toEpochMilli());

    assertThat(participation.historyStart(Optional.of(at(0)))).isEqualTo(at(-30));
  }

  @Test
  void countsVotesAndNewcomersInEqualSpans() {
    assertThat(participation.spans(4, at(0), at(40), log)).as("before the first vote").isEmpty();
    cast("ann", at(1));
    cast("bob", at(2));
    cast("ann", at(25));
    cast("cy", at(39));

    var spans = participation.spans(4, at(0), at(40), log);

    assertThat(spans).hasSize(4);
    assertThat(spans).extracting(ParticipationSpan::votes).containsExactly(2, 0, 1, 1);
    assertThat(spans).extracting(ParticipationSpan::newParticipants).containsExactly(2, 0, 0, 1);
    assertThat(spans).extracting(ParticipationSpan::participants).containsExactly(2, 2, 2, 3);
    assertThat(spans.getFirst().from()).isEqualTo(at(0));
    assertThat(spans.getLast().to()).isAfterOrEqualTo(at(40));
  }

  @Test
  void theAxisReachesTheLatestVoteWhenItIsLaterThanAsked() {
    cast("ann", at(100));
    participation.voted(at(100).toEpochMilli());

    var spans = participation.spans(2, at(0), at(10), log);

    assertThat(spans.getLast().to()).isAfterOrEqualTo(at(100));
    assertThat(spans.getLast().votes()).isEqualTo(1);
  }

  @Test
  void oneScanServesEveryReaderForASecondThenVotesSinceAreCounted() {
    cast("ann", at(1));
    var first = participation.spans(4, at(0), at(40), log);
    cast("bob", at(2));

    clock.advance(Duration.ofMillis(999));
    assertThat(participation.spans(4, at(0), at(40), log)).isSameAs(first);
    assertThat(participation.spans(5, at(0), at(40), log)).as("another number of spans").hasSize(5);

    clock.advance(Duration.ofSeconds(1));
    assertThat(total(participation.spans(5, at(0), at(40), log))).isEqualTo(2);
  }

  @Test
  void aClockThatWentBackDoesNotKeepAScanForever() {
    cast("ann", at(1));
    participation.spans(4, at(0), at(40), log);
    cast("bob", at(2));

    clock.advance(Duration.ofHours(-1));

    assertThat(total(participation.spans(4, at(0), at(40), log))).isEqualTo(2);
  }

  private void cast(String participant, Instant at) {
    log.add(log.row(participant), 0, 1, VoteLog.NONE, at.toEpochMilli(), log.size(), 0, 0, 0);
    participation.voted(at.toEpochMilli());
  }

  private static int total(java.util.List<ParticipationSpan> spans) {
    return spans.stream().mapToInt(ParticipationSpan::votes).sum();
  }
}
