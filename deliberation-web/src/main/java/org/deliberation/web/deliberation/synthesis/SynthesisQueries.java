package org.deliberation.web.deliberation.synthesis;

import java.time.Clock;
import java.time.Instant;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.project.Stage;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.SynthesisService;
import org.deliberation.web.deliberation.live.SynthesisView;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.EnumParameter;
import org.deliberation.web.platform.http.InstantParameter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The synthesis of a project as the API and the pages read it: now, at a past instant or at the end of a stage, the
 * opinion map, and participation over time.
 */
@Service
public class SynthesisQueries {

  private final StatementLookup lookup;
  private final SynthesisService synthesis;
  private final Clock clock;

  public SynthesisQueries(StatementLookup lookup, SynthesisService synthesis, Clock clock) {
    this.lookup = lookup;
    this.synthesis = synthesis;
    this.clock = clock;
  }

  /** The synthesis now, at {@code at} (not in the future), or as it stood when the project left {@code stage}. */
  public Mono<SynthesisView> read(String id, @Nullable String at, @Nullable String stage) {
    if (at != null && stage != null) {
      throw new BadRequestException("at", "give either an instant (at) or a stage, not both");
    }
    var instant = at == null ? null : parseInstant(at);
    var wantedStage = stage == null ? null : EnumParameter.parse(Stage.class, "stage", stage);
    return lookup
        .project(id)
        .map(found -> found.deliberation())
        .flatMap(
            project -> {
              Instant until = instant;
              if (wantedStage != null) {
                if (!project.reached(wantedStage)) {
                  return Mono.error(
                      new ConflictException(
                          "The project has not reached its "
                              + wantedStage
                              + " stage yet; "
                              + "it is in its "
                              + project.stage()
                              + " stage."));
                }
                until = project.endOf(wantedStage).orElse(null);
              }
              if (until == null) {
                return Mono.just(project.synthesis());
              }
              var then = until;
              return Mono.fromCallable(() -> synthesis.at(project, then, project.position()))
                  .subscribeOn(Schedulers.boundedElastic());
            });
  }

  public Mono<ParticipationMap> map(String id) {
    return lookup
        .project(id)
        .map(found -> new ParticipationMap(found.deliberation().participationMap()));
  }

  /**
   * Participation over time: votes and newcomers in {@code spans} equal spans from the start of the project's history
   * (its creation, or its earliest vote if earlier) to now, the axis of the synthesis page's time slider.
   */
  public Mono<ParticipationView> participation(String id, int spans) {
    if (spans < 1 || spans > 500) {
      throw new BadRequestException("spans", "must be between 1 and 500");
    }
    return lookup
        .project(id)
        .map(
            found -> {
              var project = found.deliberation();
              var now = clock.instant();
              var counted = project.participation(spans, now);
              return new ParticipationView(
                  counted.isEmpty() ? project.historyStart() : counted.getFirst().from(),
                  now,
                  counted);
            });
  }

  private Instant parseInstant(String at) {
    var instant = InstantParameter.parse("at", at);
    if (instant.isAfter(clock.instant())) {
      throw new BadRequestException(
          "at", "is in the future; leave it out for the synthesis as it is now");
    }
    return instant;
  }
}
