package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.T0;
import static org.deliberation.web.deliberation.live.Events.contribution;
import static org.deliberation.web.deliberation.live.Events.flagged;
import static org.deliberation.web.deliberation.live.Events.vote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.deliberation.core.integrity.Evidence;
import org.deliberation.core.integrity.IntegrityCheck;
import org.deliberation.core.integrity.ParticipantSignals;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.Vote;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The instants of the votes reach the integrity check on the server's own path, live (projection, tally, background
 * recomputation, installed report) and in the past (the vote log's replay): fifteen accounts that each cast their own
 * votes, but are taken through the same statements in the same order seconds apart, are one coordinated group; the
 * same votes spread over days are fifteen people. Nothing but the instants differs between the two runs.
 */
class TimedVotesTest {

  private static final long DAY = 86_400_000L;
  private static final int BOTS = 15;

  private record Cast(long at, String participant, String statement, int vote) {}

  /** 80 honest participants in two camps over 40 statements, then the bots, scripted or not. */
  private static List<Cast> votes(boolean lockstep) {
    var random = new Random(7);
    var casts = new ArrayList<Cast>();
    for (int p = 0; p < 80; p++) {
      long t = random.nextInt(30) * DAY + random.nextInt(1_000_000);
      var statements = new ArrayList<Integer>();
      for (int s = 0; s < 40; s++) {
        statements.add(s);
      }
      Collections.shuffle(statements, random);
      for (int i = 0; i < 25; i++) {
        int s = statements.get(i);
        int lean = (s % 2 == 0) == (p % 2 == 0) ? 1 : -1;
        casts.add(new Cast(t, "p" + p, "s" + s, random.nextInt(8) == 0 ? -lean : lean));
        t += 2_000 + random.nextInt(60_000);
      }
    }
    // The bots side with one camp but each strays on about one vote in six, so that their votes
    // alone do not link them: only their timing can.
    var times = new Random(11);
    for (int b = 0; b < BOTS; b++) {
      for (int s = 0; s < 30; s++) {
        int lean = s % 2 == 0 ? 1 : -1;
        int value = random.nextInt(6) == 0 ? -lean : lean;
        long at =
            lockstep
                ? 40 * DAY + 20_000L * b + 3_000L * s
                : 40 * DAY + (long) (times.nextDouble() * 10 * DAY);
        casts.add(new Cast(at, "bot" + b, "s" + s, value));
      }
    }
    casts.sort(Comparator.comparingLong(Cast::at));
    return casts;
  }

  private final MutableClock clock = new MutableClock(T0.plusMillis(60 * DAY));

  /** One project on the server's path: the projection, the background recomputation, the past. */
  private record Run(ProjectDeliberation live, SynthesisService service) {

    SynthesisView past(Instant at) {
      return service.at(live, at, live.position());
    }
  }

  /** The project as the projection builds it, every bot then reporting statement s0, recomputed once. */
  private Run run(boolean lockstep) {
    var scheduler = VirtualTimeScheduler.create();
    var service = new SynthesisService(clock, scheduler);
    var live = new ProjectDeliberation(Events.PROJECT, Object::toString, service::changed, clock);
    long position = 0;
    live.created(T0, ++position);
    for (int s = 0; s < 40; s++) {
      live.posted(contribution("s" + s, "Statement " + s + "."), "Ann", ++position);
    }
    live.stageChanged(Stage.DELIBERATION, T0, ++position);
    for (var cast : votes(lockstep)) {
      live.voted(
          vote(
              cast.participant(), cast.statement(), Vote.of(cast.vote()), T0.plusMillis(cast.at())),
          ++position);
    }
    for (int b = 0; b < BOTS; b++) {
      live.flagged(flagged("s0", "bot" + b, "spam"), T0.plusMillis(55 * DAY), ++position);
    }
    scheduler.advanceTimeBy(SynthesisService.MIN_INTERVAL);
    return new Run(live, service);
  }

  private static List<String> ids(List<ScoredStatement> list) {
    return list.stream().map(ScoredStatement::statement).toList();
  }

  @Test
  void botsVotingInLockstepCountAsOneReporterInTheModeratorsQueue() {
    var item = run(true).live().flagged().getFirst();

    assertThat(item.openFlags()).hasSize(BOTS);
    // The detector puts 13 of the 15 in one strong group (two are not among the candidate pairs of
    // its hashing): three independent reporters, where every account would count without the
    // instants.
    assertThat(item.independentReporters())
        .as("the lockstep seen in the vote instants makes most of them one coordinated group")
        .isLessThanOrEqualTo(3);
    assertThat(item.coordination()).isNotEmpty();
  }

  @Test
  void theSameVotesSpreadOverDaysAreFifteenIndependentReporters() {
    var item = run(false).live().flagged().getFirst();

    assertThat(item.independentReporters()).isEqualTo(BOTS);
    assertThat(item.coordination()).isEmpty();
  }

  @Test
  void theInstantsAloneChangeTheRobustListsLiveAndInThePastAlike() {
    var scripted = run(true);
    var spread = run(false);
    var end = T0.plusMillis(60 * DAY);

    // Counted as one voter, the scripted bots no longer weigh on the lists as fifteen people do.
    assertThat(ids(scripted.live().synthesis().dissent()))
        .isNotEqualTo(ids(spread.live().synthesis().dissent()));
    for (var run : List.of(scripted, spread)) {
      var past = run.past(end);
      assertThat(ids(past.dissent()))
          .as("the past, replayed with the instants, as the live state computed it")
          .isEqualTo(ids(run.live().synthesis().dissent()));
      assertThat(ids(past.consensus())).isEqualTo(ids(run.live().synthesis().consensus()));
    }
  }

  @Test
  void theVoteLogReplaysTheVotesWithTheirInstants() {
    var end = T0.plusMillis(51 * DAY);
    var scripted = run(true).live().historyAt(end).votes();

    assertThat(scripted.castAt()).as("the instants are replayed").isNotNull();
    assertThat(
            IntegrityCheck.defaults()
                .compute(scripted, ParticipantSignals.NONE, Set.of())
                .report()
                .groups()
                .stream()
                .flatMap(group -> group.evidence().stream())
                .map(Evidence::kind))
        .contains(Evidence.Kind.LOCKSTEP);
  }
}
