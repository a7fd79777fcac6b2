package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.deliberation.core.statement.Vote;
import org.deliberation.web.platform.stream.LiveRelay;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * A project's live stream: the events pushed to the readers watching now, and the backlog a reader who resumes gets.
 * Each event is serialized once, when it happens. The backlog is the {@code statement} events kept as they were sent
 * and the {@code vote} events made again from the vote log; a statement hidden since, or whose author was erased
 * since, is serialized again as the public sees it now: a resuming reader never gets the text of a statement a
 * moderator hid after the event, nor the name of an author who left. Not thread safe: its {@link ProjectDeliberation}
 * guards it, which serializes what is pushed.
 */
final class LiveStream {

  private record Kept(LiveEvent event, StatementUpdate.Action action, StatementRecord record) {}

  private final Function<Object, String> json;
  private final Function<StatementRecord, StatementView> publicView;
  private final Sinks.Many<LiveEvent> live = Sinks.many().multicast().directBestEffort();
  private final List<Kept> statements = new ArrayList<>();
  private @Nullable LiveEvent synthesis;

  /**
   * @param json how an event's data is serialized
   * @param publicView a statement as the public sees it now
   */
  LiveStream(Function<Object, String> json, Function<StatementRecord, StatementView> publicView) {
    this.json = json;
    this.publicView = publicView;
  }

  /** Whether anyone watches: with nobody (or during the replay at start-up) a vote's event need not be made. */
  boolean watched() {
    return live.currentSubscriberCount() > 0;
  }

  /** A statement was posted, hidden or restored: its event, pushed, and kept for readers who resume. */
  void statement(StatementUpdate.Action action, StatementRecord record, long position) {
    var event =
        new LiveEvent(
            position,
            LiveEvent.Type.STATEMENT,
            json.apply(new StatementUpdate(action, publicView.apply(record))));
    statements.add(new Kept(event, action, record));
    emit(event);
  }

  /** A vote just counted, with the counts of the groups, for the readers watching now. */
  void vote(long position, VoteUpdate update) {
    emit(new LiveEvent(position, LiveEvent.Type.VOTE, json.apply(update)));
  }

  /** A synthesis installed: pushed, and kept as the first event of every new reader until the next one. */
  void synthesis(SynthesisView view) {
    synthesis = new LiveEvent(view.position(), LiveEvent.Type.SYNTHESIS, json.apply(view));
    emit(synthesis);
  }

  /** A statement was hidden: the synthesis kept may quote it, so new readers get the view built afresh. */
  void synthesisOutdated() {
    synthesis = null;
  }

  /**
   * The events to send a new reader: the backlog after {@code after} (when it resumes), then the whole synthesis,
   * then the live ones, with nothing lost or repeated in between.
   *
   * @param statementId the id of a statement row of the log
   * @param current the synthesis as it is now, when the one kept is outdated
   */
  Flux<LiveEvent> subscribe(
      @Nullable Long after,
      int buffer,
      VoteLog log,
      IntFunction<String> statementId,
      Supplier<SynthesisView> current) {
    var initial = new ArrayList<LiveEvent>();
    if (after != null) {
      initial.addAll(after(after, log, statementId));
    }
    if (synthesis != null) {
      initial.add(synthesis);
    } else {
      var view = current.get();
      initial.add(new LiveEvent(view.position(), LiveEvent.Type.SYNTHESIS, json.apply(view)));
    }
    return LiveRelay.attach(initial, live.asFlux(), buffer);
  }

  /**
   * The events after a position: the statements' as kept (or serialized again), the votes' from the log without the
   * counts per group, which were those of a clustering since replaced.
   */
  List<LiveEvent> after(long after, VoteLog log, IntFunction<String> statementId) {
    var out = new ArrayList<LiveEvent>();
    for (var kept : statements) {
      if (kept.event().position() > after) {
        out.add(replayed(kept));
      }
    }
    for (int i = log.firstAfter(after); i < log.size(); i++) {
      out.add(
          new LiveEvent(
              log.position(i),
              LiveEvent.Type.VOTE,
              json.apply(
                  new VoteUpdate(
                      statementId.apply(log.statement(i)),
                      Vote.of(log.vote(i)).name(),
                      Instant.ofEpochMilli(log.castAt(i)),
                      log.count(i, 0),
                      log.count(i, 1),
                      log.count(i, 2),
                      null))));
    }
    out.sort(Comparator.comparingLong(LiveEvent::position));
    return out;
  }

  private LiveEvent replayed(Kept kept) {
    if (!kept.record().hidden() && !kept.record().authorErased) {
      return kept.event();
    }
    return new LiveEvent(
        kept.event().position(),
        kept.event().type(),
        json.apply(new StatementUpdate(kept.action(), publicView.apply(kept.record()))));
  }

  private void emit(LiveEvent event) {
    live.tryEmitNext(
        event); // under the monitor, so never concurrently; with no subscriber the event is dropped
  }
}
