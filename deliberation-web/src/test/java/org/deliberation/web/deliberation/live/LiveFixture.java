package org.deliberation.web.deliberation.live;

import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.web.participant.AuthorNames;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live deliberation fed by its own projection, for the tests of other folders (topics) that read it: statements of
 * the project {@value Events#PROJECT} posted, hidden and restored as the projection applies them.
 */
public final class LiveFixture {

  public static final String PROJECT = Events.PROJECT;

  private final Deliberations deliberations;
  private final DeliberationProjection projection;
  private long position;

  public LiveFixture(Clock clock) {
    deliberations = deliberations(clock);
    projection = new DeliberationProjection(deliberations, mock(AuthorNames.class), id -> {});
  }

  public Deliberations deliberations() {
    return deliberations;
  }

  /** Live deliberations on {@code clock}, their synthesis on a virtual scheduler that runs only when told. */
  static Deliberations deliberations(Clock clock) {
    return new Deliberations(
        JsonMapper.builder().build(),
        new SynthesisService(clock, VirtualTimeScheduler.create()),
        clock);
  }

  /** Posts a statement; returns its event, for other projections to apply too. */
  public StatementPosted post(String id, String text) {
    var event = Events.contribution(id, text);
    projection.on(event, new GlobalSequenceTrackingToken(++position));
    return event;
  }

  /** Hides a statement; returns its event, for other projections to apply too. */
  public StatementHidden hide(String id) {
    var event = Events.hidden(id, "off topic");
    projection.on(event, Events.at(1), new GlobalSequenceTrackingToken(++position), "hidden-" + id);
    return event;
  }
}
