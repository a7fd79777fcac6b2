package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.deliberation.core.statement.Vote;
import org.deliberation.web.platform.stream.Fanout;
import org.deliberation.web.platform.stream.ReaderBuffer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

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
  // One fan-out per mode: the votes and statements go to both, each recomputation to each as its
  // mode has it.
  private final Fanout<LiveEvent> whole = new Fanout<>();
  private final Fanout<LiveEvent> patched = new Fanout<>();
  private final List<Kept> statements = new ArrayList<>();
  private @Nullable LiveEvent synthesis;
  // The patch mode's state: the version of the view last installed, that view (null once it may
  // quote a statement hidden since, so the next one goes whole) and its event with the version.
  private long version;
  private @Nullable SynthesisView view;
  private @Nullable LiveEvent versioned;

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
    return whole.readers() > 0 || patched.readers() > 0;
  }

  /** A statement was posted, hidden or restored: its event, pushed, and kept for readers who resume. */
  void statement(StatementUpdate.Action action, StatementRecord record, long position) {
    var event =
        new LiveEvent(
            position,
            LiveEvent.Type.STATEMENT,
            json.apply(new StatementUpdate(action, publicView.apply(record))));
    statements.add(new Kept(event, action, record));
    whole.emit(event);
    patched.emit(event);
  }

  /** A vote just counted, with the counts of the groups, for the readers watching now. */
  void vote(long position, VoteUpdate update) {
    var event = new LiveEvent(position, LiveEvent.Type.VOTE, json.apply(update));
    whole.emit(event);
    patched.emit(event);
  }

  /**
   * A synthesis installed: pushed whole to the readers of the whole view, as a patch from the previous version to
   * those of the patch mode, and kept as the first event of every new reader until the next one. Each is serialized
   * once for all the readers of its mode.
   */
  void synthesis(SynthesisView now) {
    synthesis = new LiveEvent(now.position(), LiveEvent.Type.SYNTHESIS, json.apply(now));
    whole.emit(synthesis);
    var before = view;
    version++;
    view = now;
    versioned = null;
    if (patched.readers() == 0) {
      return; // nobody to patch: the versioned view is made when a reader of the patch mode comes
    }
    var standalone = versioned(now);
    patched.emit(
        before == null
            ? standalone
            : SynthesisPatch.between(version - 1, version, before, now)
                .map(
                    patch ->
                        new LiveEvent(
                            now.position(),
                            LiveEvent.Type.SYNTHESIS_PATCH,
                            json.apply(patch),
                            standalone))
                .orElse(standalone));
  }

  /**
   * A statement was hidden: the synthesis kept may quote it, so new readers get the view built afresh, and the next
   * one goes whole to the readers of the patch mode.
   */
  void synthesisOutdated() {
    synthesis = null;
    view = null;
    versioned = null;
  }

  private LiveEvent versioned(SynthesisView now) {
    if (versioned == null || versioned.position() != now.position()) {
      versioned =
          new LiveEvent(
              now.position(),
              LiveEvent.Type.SYNTHESIS,
              json.apply(new VersionedSynthesis(version, now)));
    }
    return versioned;
  }

  /**
   * The events to send a new reader: the backlog after {@code after} (when it resumes), then the whole synthesis
   * (with its version in the patch mode), then the live ones, with nothing lost or repeated in between. What waits for
   * the reader is bounded by {@code limits} ({@link ReaderBuffer}); the live events are offered to it on {@code on},
   * its connection's event loop ({@link Fanout}).
   *
   * @param statementId the id of a statement row of the log
   * @param current the synthesis as it is now, when the one kept is outdated
   */
  Flux<LiveEvent> subscribe(
      @Nullable Long after,
      StreamMode mode,
      ReaderBuffer.Limits limits,
      Executor on,
      VoteLog log,
      IntFunction<String> statementId,
      Supplier<SynthesisView> current) {
    var initial = new ArrayList<LiveEvent>();
    if (after != null) {
      initial.addAll(after(after, log, statementId));
    }
    if (mode == StreamMode.WHOLE) {
      if (synthesis != null) {
        initial.add(synthesis);
      } else {
        var now = current.get();
        initial.add(new LiveEvent(now.position(), LiveEvent.Type.SYNTHESIS, json.apply(now)));
      }
      return ReaderBuffer.attach(initial, whole, on, limits, new Rules(after));
    }
    // Once outdated, built afresh at the same version; the next recomputation goes whole.
    initial.add(versioned(view != null ? view : current.get()));
    return ReaderBuffer.attach(initial, patched, on, limits, new Rules(after));
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

  /** What a reader's buffer knows of the events: a whole view supersedes a waiting one, a patch too. */
  private record Rules(@Nullable Long after) implements ReaderBuffer.Rules<LiveEvent> {

    @Override
    public long bytes(LiveEvent event) {
      return event.json().length();
    }

    @Override
    public @Nullable LiveEvent standalone(LiveEvent event) {
      return switch (event.type()) {
        case SYNTHESIS -> event;
        case SYNTHESIS_PATCH -> event.standalone();
        default -> null;
      };
    }

    @Override
    public LiveEvent farewell(@Nullable LiveEvent last) {
      long position =
          last != null ? last.position() : after != null ? after : LiveEvent.NO_POSITION;
      return new LiveEvent(
          position,
          LiveEvent.Type.RESUME,
          position == LiveEvent.NO_POSITION ? "{}" : "{\"lastEventId\":\"" + position + "\"}");
    }
  }
}
