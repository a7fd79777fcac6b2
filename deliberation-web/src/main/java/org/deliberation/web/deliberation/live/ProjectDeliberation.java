package org.deliberation.web.deliberation.live;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.deliberation.core.integrity.IntegrityCheck;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.ParticipantImported;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.vote.Visibility;
import org.deliberation.web.platform.stream.ReaderBuffer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * One project's live deliberation: its stages, statements, tallies, vote log and participation, each kept by a class
 * of its own, and the synthesis last installed. The projection thread applies events; request threads read; the
 * synthesis thread takes snapshots and installs results. All of it under this object's monitor, which also serializes
 * what is pushed to the live stream, so a subscriber that attaches under it misses nothing and sees nothing twice.
 */
public final class ProjectDeliberation {

  private final String project;
  private final Clock clock;
  private final Consumer<ProjectDeliberation> onVotesChanged;

  private final StageTimeline stages = new StageTimeline();
  private final StatementBoard board = new StatementBoard();
  private final VoteTally tally = new VoteTally();
  private final VoteLog log = new VoteLog();
  private final Participation participation;
  private final Invalidations invalidations = new Invalidations();
  private final LiveStream stream;
  private final Map<String, String> externalIds = new HashMap<>();
  private long position = -1;

  private InstalledSynthesis installed = InstalledSynthesis.NONE;

  /**
   * @param json how the stream's events are serialized
   * @param onVotesChanged told, under this monitor, whenever the votes or the moderation changed
   */
  ProjectDeliberation(
      String project,
      Function<Object, String> json,
      Consumer<ProjectDeliberation> onVotesChanged,
      Clock clock) {
    this.project = project;
    this.clock = clock;
    this.onVotesChanged = onVotesChanged;
    this.participation = new Participation(clock);
    this.stream = new LiveStream(json, record -> view(record, false));
  }

  public String project() {
    return project;
  }

  /** The position of the last event applied. */
  public synchronized long position() {
    return position;
  }

  synchronized void created(Instant at, long eventPosition) {
    stages.created(at);
    advance(eventPosition);
  }

  synchronized void stageChanged(Stage to, Instant at, long eventPosition) {
    stages.changed(to, at);
    advance(eventPosition);
  }

  synchronized void posted(StatementPosted event, @Nullable String authorName, long eventPosition) {
    var record = board.post(event, authorName, eventPosition);
    if (record == null) {
      return;
    }
    tally.added();
    advance(eventPosition);
    stream.statement(StatementUpdate.Action.POSTED, record, eventPosition);
  }

  /**
   * A statement hidden, restored, withdrawn or edited: it leaves or rejoins the synthesis (a withdrawal for good), its
   * trail grows or its text changes.
   */
  synchronized void moderated(StatementEvent event, Instant at, long eventPosition) {
    var record = board.get(event.statementId().value());
    if (record == null) {
      return;
    }
    boolean was = record.hidden();
    record.apply(event, at);
    if (record.hidden() && !was) {
      stream.synthesisOutdated();
    }
    tally.moderate(record.id(), record.hidden());
    advance(eventPosition);
    stream.statement(StatementUpdate.Action.of(event), record, eventPosition);
    onVotesChanged.accept(this);
  }

  synchronized void flagged(StatementFlagged event, Instant at, long eventPosition) {
    var record = board.get(event.statementId().value());
    if (record != null) {
      record.trail.apply(event, at);
    }
    advance(eventPosition);
  }

  /** Erased personal data: their statements stay, as a former participant's; stream events naming them are redone. */
  synchronized void authorErased(String participant, String formerParticipant) {
    board.authorErased(participant, formerParticipant);
  }

  synchronized void imported(ParticipantImported event, long eventPosition) {
    externalIds.put(event.participant().value(), event.externalId());
    advance(eventPosition);
  }

  synchronized void invalidation(Object event, long eventPosition) {
    invalidations.apply(event);
    advance(eventPosition);
    onVotesChanged.accept(this);
  }

  /** Counts the vote in O(1): overall, and in the voter's group as of the last clustering. */
  synchronized void voted(VoteCast event, long eventPosition) {
    var record = board.get(event.statementId().value());
    if (record == null) {
      return; // the API only takes votes on known statements; an unknown one is shown nowhere
    }
    var participant = event.participant().value();
    int row = log.row(participant);
    int value = event.vote().value();
    long castAt = event.castAt().toEpochMilli();
    int previous = tally.count(record.index, record.id(), participant, value, castAt);
    log.add(row, record.index, value, previous, castAt, eventPosition, tally.tally(record.index));
    participation.voted(castAt);
    advance(eventPosition);
    if (stream.watched()) {
      stream.vote(eventPosition, tally.update(record, event));
    }
    onVotesChanged.accept(this);
  }

  private void advance(long eventPosition) {
    position = Math.max(position, eventPosition);
  }

  synchronized Snapshot snapshot() {
    return new Snapshot(tally.snapshot(), invalidations.excluded(), position, log.size());
  }

  /**
   * Shows a recomputed synthesis: new groups, their counts taken from it and brought up to date with the votes that
   * came in while it was computed, reports weighed by its coordinated groups, and a {@code synthesis} event.
   */
  synchronized void install(IntegrityCheck.Result result, Snapshot from, Instant at) {
    installed = new InstalledSynthesis(result.synthesis(), from.position(), at);
    tally.regroup(installed.synthesis(), board::indexOf, log, from.logSize(), log::voter);
    board.reviewFlagsWith(result.report());
    stream.synthesis(synthesis());
  }

  public synchronized SynthesisView synthesis() {
    return view(installed.synthesis(), null, installed.position());
  }

  /** The live synthesis as the engine gave it, for the views that restrict it to some statements (topics). */
  public synchronized Synthesis result() {
    return installed.synthesis();
  }

  /** The counts of the live synthesis, without building its view: for lists of many projects. */
  public synchronized Activity activity() {
    return new Activity(installed.synthesis().participants(), installed.synthesis().votes());
  }

  /** The map of participants: their places on the two principal components, as of the last clustering. */
  public synchronized List<MapPoint> participationMap() {
    return SynthesisViews.places(installed.synthesis());
  }

  /** The view of a synthesis: the live one ({@code at} null) or one of the past, computed now. */
  synchronized SynthesisView view(Synthesis result, @Nullable Instant at, long position) {
    return SynthesisViews.of(
        project,
        result,
        position,
        at == null ? installed.computedAt() : clock.instant(),
        at,
        at == null ? stages.now() : stages.at(at),
        board);
  }

  /** What a synthesis of the past starts from: the votes, moderation and invalidations of an instant. */
  synchronized Snapshot historyAt(Instant at) {
    var past = log.replay(at, board);
    return new Snapshot(
        past.history().snapshot(), invalidations.excludedAt(at), past.position(), 0);
  }

  /** When the project left a stage, or empty if it is still in it; a stage never reached is an error. */
  public synchronized Optional<Instant> endOf(Stage wanted) {
    return stages.endOf(wanted);
  }

  public synchronized boolean reached(Stage wanted) {
    return stages.reached(wanted);
  }

  public synchronized Stage stage() {
    return stages.now();
  }

  /** The events to send a new subscriber: see {@link LiveStream#subscribe}. */
  public synchronized Flux<LiveEvent> subscribe(
      @Nullable Long after, StreamMode mode, ReaderBuffer.Limits limits, Executor on) {
    return stream.subscribe(
        after, mode, limits, on, log, row -> board.at(row).id(), this::synthesis);
  }

  public synchronized Optional<StatementView> statement(String id, boolean moderator) {
    return Optional.ofNullable(board.get(id)).map(record -> view(record, moderator));
  }

  /** Whether the statement, if it is in this project, is shown or hidden. */
  public synchronized Optional<Visibility> visibility(String id) {
    return Optional.ofNullable(board.get(id))
        .map(record -> StatementViews.visibility(record.trail));
  }

  /**
   * The shown statements of a kind (or all), in the order asked for; hidden ones too for a moderator who asks.
   */
  public synchronized List<StatementView> statements(
      @Nullable StatementKind kind, StatementOrder sort, boolean withHidden, boolean moderator) {
    return board
        .select(kind, withHidden, StatementBoard.ranking(installed.synthesis(), sort))
        .stream()
        .map(record -> view(record, moderator))
        .toList();
  }

  /** A participant's current vote on each statement they voted on, as the live state has them. */
  public synchronized Map<String, Vote> votesOf(String participant) {
    return log.voted(participant) ? tally.votesOf(participant, board.all()) : new LinkedHashMap<>();
  }

  /**
   * Where the project's history starts, for a time slider and a participation chart: its creation, or its earliest
   * vote when that is earlier, as for a conversation imported with the votes' own times.
   */
  public synchronized Instant historyStart() {
    return participation.historyStart(stages.start());
  }

  /**
   * Participation over time: the votes cast in each of {@code count} equal spans from {@link #historyStart()} to
   * {@code until} (the time slider's axis), and the first-time voters in each. Empty before the first vote.
   */
  public synchronized List<ParticipationSpan> participation(int count, Instant until) {
    return participation.spans(count, historyStart(), until, log);
  }

  /** What waits for a moderator, with the reports (see {@link StatementBoard#awaitingModeration}). */
  public synchronized List<FlaggedStatement> flagged() {
    return StatementViews.flagged(project, board, tally);
  }

  /** Pairs of shown statements where one contradicts the other, to show side by side. */
  public synchronized List<List<StatementView>> contradictions() {
    return StatementViews.contradictions(project, board, tally);
  }

  /** A consistent copy of what an export writes. */
  public synchronized ExportSnapshot exportSnapshot() {
    return ExportSnapshot.of(board, log, tally, externalIds);
  }

  private StatementView view(StatementRecord record, boolean moderator) {
    return StatementViews.live(project, record, board, tally, moderator);
  }
}
