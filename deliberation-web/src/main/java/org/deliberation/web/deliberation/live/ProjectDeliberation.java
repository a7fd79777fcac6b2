package org.deliberation.web.deliberation.live;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.ParticipantImported;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.SynthesisEngine;
import org.deliberation.core.synthesis.VoteHistory;
import org.deliberation.core.synthesis.VoteMatrix;
import org.deliberation.web.platform.stream.LiveRelay;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One project's live deliberation. The projection thread applies events; request threads read; the synthesis thread
 * takes snapshots and installs results. All of it under this object's monitor, which also serializes what is pushed
 * to the live stream, so a subscriber that attaches under it misses nothing and sees nothing twice.
 */
public final class ProjectDeliberation {

  private final String project;
  private final Function<Object, String> json;
  private final Consumer<ProjectDeliberation> onVotesChanged;
  private final Clock clock;
  private final Sinks.Many<LiveEvent> live = Sinks.many().multicast().directBestEffort();

  private Stage stage = Stage.DRAFT;
  private final List<StageMark> stages = new ArrayList<>();
  private final Map<String, StatementRecord> statements = new LinkedHashMap<>();
  private final List<StatementRecord> byIndex = new ArrayList<>();
  private final Map<String, Integer> participantIndex = new HashMap<>();
  private final List<String> participants = new ArrayList<>();
  private final Map<String, String> externalIds = new HashMap<>();
  private final VoteHistory history = new VoteHistory();
  private final VoteLog log = new VoteLog();
  private final List<StatementEvent> statementEvents = new ArrayList<>();
  private long position = -1;

  private Synthesis synthesis = Synthesis.EMPTY;
  private long synthesisPosition = -1;
  private Instant computedAt = Instant.EPOCH;
  private List<String> labels = List.of();
  private Map<String, Integer> groupOf = Map.of();
  private @Nullable LiveEvent synthesisEvent;
  private long earliestVoteMillis = Long.MAX_VALUE;
  private long latestVoteMillis = Long.MIN_VALUE;
  private @Nullable List<ParticipationSpan> participationCache;
  private long participationAtNanos;

  // Recomputation scheduling, read and written by SynthesisService under this monitor.
  boolean scheduled;
  long lastRunNanos;

  ProjectDeliberation(String project, Function<Object, String> json, Consumer<ProjectDeliberation> onVotesChanged,
      Clock clock) {
    this.project = project;
    this.json = json;
    this.onVotesChanged = onVotesChanged;
    this.clock = clock;
  }

  public String project() {
    return project;
  }

  /** The position of the last event applied. */
  public synchronized long position() {
    return position;
  }

  // ------------------------------------------------------------------ writes the live state will show later

  /** How long an announced change may take to show before the live state is trusted again anyway. */
  private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final AtomicInteger pendingChanges = new AtomicInteger();
  private volatile long pendingUntil = System.nanoTime();

  /**
   * Announces a stage change or a moderation about to be sent: until its event reaches this live state (or
   * {@link #SETTLE_NANOS} pass, for a command that was refused), {@link #current()} is false and the checks of the vote
   * path ask the events instead, so that no vote slips in after the change was acknowledged.
   */
  public void expectChange() {
    pendingUntil = System.nanoTime() + SETTLE_NANOS;
    pendingChanges.incrementAndGet();
  }

  /** A change announced with {@link #expectChange()} was refused: nothing will arrive for it. */
  public void changeRefused() {
    pendingChanges.updateAndGet(n -> Math.max(0, n - 1));
  }

  /** Whether the stage and the moderation of this live state can be trusted for the vote path. */
  public boolean current() {
    return pendingChanges.get() == 0 || System.nanoTime() - pendingUntil > 0;
  }

  private void changeArrived() {
    pendingChanges.updateAndGet(n -> Math.max(0, n - 1));
  }

  // ------------------------------------------------------------------ events

  synchronized void created(Instant at, long eventPosition) {
    if (stages.isEmpty()) {
      stages.add(new StageMark(Stage.DRAFT, at));
    }
    advance(eventPosition);
  }

  synchronized void stageChanged(Stage to, Instant at, long eventPosition) {
    stage = to;
    stages.add(new StageMark(to, at));
    advance(eventPosition);
    changeArrived();
  }

  synchronized void posted(StatementPosted event, @Nullable String authorName, long eventPosition) {
    var id = event.statementId().value();
    if (statements.containsKey(id)) {
      return;
    }
    var record = new StatementRecord(event, authorName, byIndex.size(), eventPosition);
    record.byGroup = new int[labels.size()][3];
    statements.put(id, record);
    byIndex.add(record);
    if (event.relatesTo() != null) {
      var target = statements.get(event.relatesTo().statement().value());
      if (target != null) {
        target.inbound.add(record);
      }
    }
    advance(eventPosition);
    statementEvent(StatementUpdate.Action.POSTED, record, eventPosition);
  }

  /** A statement hidden ({@code hide}) or restored: it leaves or rejoins the synthesis, and its trail grows. */
  synchronized void moderated(String statementId, boolean hide, String reason, String by, Instant at,
      long eventPosition) {
    var record = statements.get(statementId);
    if (record == null) {
      return;
    }
    record.hidden = hide;
    if (hide) {
      // The last synthesis event may quote it; a new reader gets the view built afresh until the recomputation.
      synthesisEvent = null;
    }
    record.moderation.add(new ModerationEntry(hide ? ModerationAction.HIDE : ModerationAction.RESTORE, reason, by, at));
    history.moderate(record.id(), hide);
    advance(eventPosition);
    changeArrived();
    statementEvent(hide ? StatementUpdate.Action.HIDDEN : StatementUpdate.Action.RESTORED, record,
        eventPosition);
    onVotesChanged.accept(this);
  }

  synchronized void flagged(StatementFlagged event, Instant at, long eventPosition) {
    var record = statements.get(event.statementId().value());
    var by = event.flaggedBy().value();
    // One report per participant counts (the rule records no second one; older stores may hold some).
    if (record != null && record.flags.stream().noneMatch(flag -> flag.by().equals(by))) {
      record.flags.add(new FlagEntry(event.reason(), by, at));
    }
    advance(eventPosition);
  }

  /**
   * A participant erased their personal data: their statements stay, shown as a former participant's, and the stream
   * events that named them are serialized again for readers who resume.
   */
  synchronized void authorErased(String participant, String formerParticipant) {
    for (var record : byIndex) {
      if (record.posted.author().value().equals(participant)) {
        record.authorErased = true;
        record.authorName = formerParticipant;
      }
    }
  }

  synchronized void imported(ParticipantImported event, long eventPosition) {
    externalIds.put(event.participant().value(), event.externalId());
    advance(eventPosition);
  }

  /** Counts the vote in O(1): overall, and in the voter's group as of the last clustering. */
  synchronized void voted(VoteCast event, long eventPosition) {
    var record = statements.get(event.statementId().value());
    if (record == null) {
      return; // the API only takes votes on known statements; an unknown one cannot be shown anywhere
    }
    var participant = event.participant().value();
    int row = participantIndex.computeIfAbsent(participant, key -> {
      participants.add(key);
      return participants.size() - 1;
    });
    int value = event.vote().value();
    int replaced = history.vote(participant, record.id(), value);
    // Who tops the clustering up to its first members is decided at each vote, not at each recomputation: the
    // recomputations happen at other moments in a replay, the votes in the same order (see historyAt).
    history.tick();
    Integer group = groupOf.get(participant);
    if (replaced != VoteHistory.NONE) {
      record.counts[StatementRecord.kind(replaced)]--;
      if (group != null) {
        record.byGroup[group][StatementRecord.kind(replaced)]--;
      }
    }
    record.counts[StatementRecord.kind(value)]++;
    if (group != null) {
      record.byGroup[group][StatementRecord.kind(value)]++;
    }
    long castAt = event.castAt().toEpochMilli();
    log.add(row, record.index, value, replaced == VoteHistory.NONE ? VoteLog.NONE : replaced,
        castAt, eventPosition, record.counts[0], record.counts[1], record.counts[2]);
    earliestVoteMillis = Math.min(earliestVoteMillis, castAt);
    latestVoteMillis = Math.max(latestVoteMillis, castAt);
    advance(eventPosition);
    if (live.currentSubscriberCount() > 0) { // a replay at start-up, or nobody watching: nothing to serialize
      emit(new LiveEvent(eventPosition, LiveEvent.Type.VOTE, json.apply(new VoteUpdate(record.id(), event.vote().name(),
          event.castAt(), record.counts[0], record.counts[1], record.counts[2], groupTallies(record)))));
    }
    onVotesChanged.accept(this);
  }

  private void advance(long eventPosition) {
    position = Math.max(position, eventPosition);
  }

  private void statementEvent(StatementUpdate.Action action, StatementRecord record, long eventPosition) {
    var event = new LiveEvent(eventPosition, LiveEvent.Type.STATEMENT, json.apply(new StatementUpdate(action,
        view(record, false))));
    statementEvents.add(new StatementEvent(event, action, record));
    emit(event);
  }

  /**
   * A {@code statement} event of the stream, kept for readers who resume. Its data was serialized when it happened;
   * a statement hidden since, or whose author was erased since, is serialized again when replayed, as the public sees
   * it now: a resuming reader never gets the text of a statement a moderator hid after the event, nor the name of an
   * author who left.
   */
  private record StatementEvent(LiveEvent event, StatementUpdate.Action action, StatementRecord record) {}

  private LiveEvent replayed(StatementEvent kept) {
    if (!kept.record().hidden && !kept.record().authorErased) {
      return kept.event();
    }
    return new LiveEvent(kept.event().position(), kept.event().type(), json.apply(new StatementUpdate(kept.action(),
        view(kept.record(), false))));
  }

  private void emit(LiveEvent event) {
    live.tryEmitNext(event); // under the monitor, so never concurrently; with no subscriber the event is dropped
  }

  // ------------------------------------------------------------------ synthesis

  /**
   * What a recomputation starts from: a copy of the votes, taken in one step. Nothing of the previous synthesis: the
   * result is a function of the votes alone, so a replay that recomputes at other moments shows the same groups
   * under the same labels.
   */
  record Snapshot(VoteMatrix votes, long position, int logSize) {}

  synchronized Snapshot snapshot() {
    return new Snapshot(history.snapshot(), position, log.size());
  }

  /**
   * Shows a recomputed synthesis: new groups, their counts taken from it and brought up to date with the votes that
   * came in while it was computed, and a {@code synthesis} event.
   */
  synchronized void install(Synthesis result, Snapshot from, Instant at) {
    synthesis = result;
    synthesisPosition = from.position();
    computedAt = at;
    labels = result.groups().stream().map(group -> group.label()).toList();
    var labelIndex = new HashMap<String, Integer>();
    for (int g = 0; g < labels.size(); g++) {
      labelIndex.put(labels.get(g), g);
    }
    var membership = new HashMap<String, Integer>();
    for (var group : result.groups()) {
      int g = labelIndex.get(group.label());
      group.members().forEach(member -> membership.put(member, g));
    }
    groupOf = membership;
    for (var record : byIndex) {
      record.byGroup = new int[labels.size()][3];
    }
    for (var score : result.statements()) {
      var record = statements.get(score.statement());
      if (record != null) {
        for (var votes : score.groups()) {
          var counts = record.byGroup[labelIndex.get(votes.group())];
          counts[0] = votes.agree();
          counts[1] = votes.disagree();
          counts[2] = votes.pass();
        }
      }
    }
    for (int i = from.logSize(); i < log.size(); i++) {
      Integer g = groupOf.get(participants.get(log.participant(i)));
      if (g != null) {
        var counts = byIndex.get(log.statement(i)).byGroup[g];
        if (log.previous(i) != VoteLog.NONE) {
          counts[StatementRecord.kind(log.previous(i))]--;
        }
        counts[StatementRecord.kind(log.vote(i))]++;
      }
    }
    synthesisEvent = new LiveEvent(synthesisPosition, LiveEvent.Type.SYNTHESIS,
        json.apply(view(result, null, synthesisPosition)));
    emit(synthesisEvent);
  }

  public synchronized SynthesisView synthesis() {
    return view(synthesis, null, synthesisPosition);
  }

  /** The counts of the live synthesis, without building its view: for lists of many projects. */
  public synchronized Activity activity() {
    return new Activity(synthesis.participants(), synthesis.votes());
  }

  /** The map of participants: their places on the two principal components, as of the last clustering. */
  public synchronized List<MapPoint> participationMap() {
    return synthesis.places().stream().map(place -> new MapPoint(place.participant(), place.x(), place.y(),
        place.group())).toList();
  }

  /** The view of a synthesis: the live one ({@code at} null) or one of the past, computed now. */
  synchronized SynthesisView view(Synthesis result, @Nullable Instant at, long position) {
    var groups = result.groups().stream()
        .map(group -> new GroupView(group.label(), group.size(), scored(group.representative())))
        .toList();
    return new SynthesisView(project, position, at == null ? computedAt : clock.instant(), at,
        (at == null ? stage : stageAt(at)).name(), result.participants(), result.votes(),
        groups, scored(result.consensus()), scored(result.sharedDisagreement()), scored(result.dissent()),
        scored(result.uncertain()));
  }

  private List<ScoredStatement> scored(List<StatementScore> scores) {
    var out = new ArrayList<ScoredStatement>(scores.size());
    for (var score : scores) {
      var record = statements.get(score.statement());
      if (record == null) {
        continue;
      }
      // A synthesis of the past may list a statement hidden since: it keeps its place and counts, not its text.
      out.add(new ScoredStatement(score.statement(), record.hidden ? null : record.posted.text(),
          record.posted.kind().name(),
          score.agree(), score.disagree(), score.pass(), score.score(), score.groups().stream()
              .map(g -> new GroupTally(g.group(), g.agree(), g.disagree(), g.pass())).toList()));
    }
    return out;
  }

  /** The votes and moderation as they stood at an instant, and the position of the last vote cast by then. */
  record Past(VoteHistory history, long position) {}

  /** The votes and moderation as they stood at an instant, in the order they were recorded. */
  synchronized Past historyAt(Instant at) {
    var past = new VoteHistory();
    long until = at.toEpochMilli();
    long last = -1;
    for (int i = 0; i < log.size(); i++) {
      if (log.castAt(i) <= until) {
        past.vote(participants.get(log.participant(i)), byIndex.get(log.statement(i)).id(), log.vote(i));
        past.tick(); // as the live state does at each vote
        last = Math.max(last, log.position(i));
      }
    }
    for (var record : byIndex) {
      if (record.hiddenAt(at)) {
        past.moderate(record.id(), true);
      }
    }
    return new Past(past, last);
  }

  /** The stage the project was in at an instant. */
  synchronized Stage stageAt(Instant at) {
    var then = Stage.DRAFT;
    for (var mark : stages) {
      if (!mark.from().isAfter(at)) {
        then = mark.stage();
      }
    }
    return then;
  }

  /** When the project left a stage, or empty if it is still in it; a stage never reached is an error. */
  public synchronized Optional<Instant> endOf(Stage wanted) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).stage() == wanted) {
        // The last instant of the stage: the next one starts just after.
        return i + 1 < stages.size() ? Optional.of(stages.get(i + 1).from().minusNanos(1)) : Optional.empty();
      }
    }
    throw new IllegalStateException("stage not reached");
  }

  public synchronized boolean reached(Stage wanted) {
    return stages.stream().anyMatch(mark -> mark.stage() == wanted);
  }

  public synchronized Stage stage() {
    return stage;
  }

  // ------------------------------------------------------------------ live stream

  /**
   * The events to send a new subscriber: the ones after {@code after} (when it resumes), then the whole synthesis,
   * then the live ones, with nothing lost or repeated in between.
   */
  public synchronized Flux<LiveEvent> subscribe(@Nullable Long after, int buffer) {
    var initial = new ArrayList<LiveEvent>();
    if (after != null) {
      initial.addAll(eventsAfter(after));
    }
    initial.add(synthesisEvent != null ? synthesisEvent
        : new LiveEvent(synthesisPosition, LiveEvent.Type.SYNTHESIS,
            json.apply(view(synthesis, null, synthesisPosition))));
    return LiveRelay.attach(initial, live.asFlux(), buffer);
  }

  private List<LiveEvent> eventsAfter(long after) {
    var out = new ArrayList<LiveEvent>();
    for (var kept : statementEvents) {
      if (kept.event().position() > after) {
        out.add(replayed(kept));
      }
    }
    for (int i = log.firstAfter(after); i < log.size(); i++) {
      var record = byIndex.get(log.statement(i));
      int vote = log.vote(i);
      out.add(new LiveEvent(log.position(i), LiveEvent.Type.VOTE, json.apply(new VoteUpdate(record.id(),
          Vote.of(vote).name(), Instant.ofEpochMilli(log.castAt(i)),
          log.count(i, 0), log.count(i, 1), log.count(i, 2), null))));
    }
    out.sort(Comparator.comparingLong(LiveEvent::position));
    return out;
  }

  // ------------------------------------------------------------------ statements

  public synchronized Optional<StatementView> statement(String id, boolean moderator) {
    return Optional.ofNullable(statements.get(id)).map(record -> view(record, moderator));
  }

  /** Whether the statement exists in this project and is shown (not hidden). */
  public synchronized Optional<Boolean> shown(String id) {
    return Optional.ofNullable(statements.get(id)).map(record -> !record.hidden);
  }

  /**
   * The shown statements of a kind (or all), in the order asked for; hidden ones too for a moderator who asks.
   */
  public synchronized List<StatementView> statements(@Nullable StatementKind kind, StatementOrder sort,
      boolean withHidden,
      boolean moderator) {
    var scores = new HashMap<String, StatementScore>();
    synthesis.statements().forEach(score -> scores.put(score.statement(), score));
    Comparator<StatementRecord> order = switch (sort) {
      case CONSENSUS -> Comparator.comparingDouble((StatementRecord r) -> Optional.ofNullable(
          scores.get(r.id())).map(StatementScore::score).orElse(0.0)).reversed();
      case DISSENT -> Comparator.comparingDouble((StatementRecord r) -> Optional.ofNullable(
          scores.get(r.id())).map(SynthesisEngine::dissent).orElse(0.0)).reversed();
      case RECENT -> Comparator.comparingInt((StatementRecord r) -> r.index).reversed();
    };
    return byIndex.stream()
        .filter(record -> kind == null || record.posted.kind() == kind)
        .filter(record -> withHidden || !record.hidden)
        .sorted(order.thenComparing(Comparator.comparingInt((StatementRecord r) -> r.index).reversed()))
        .map(record -> view(record, moderator))
        .toList();
  }

  /** A participant's current vote on each statement they voted on, as the live state has them. */
  public synchronized Map<String, Vote> votesOf(String participant) {
    var votes = new LinkedHashMap<String, Vote>();
    if (!participantIndex.containsKey(participant)) {
      return votes;
    }
    for (var record : byIndex) { // one look-up per statement, not a scan of every vote
      int value = history.current(participant, record.id());
      if (value != VoteHistory.NONE) {
        votes.put(record.id(), Vote.of(value));
      }
    }
    return votes;
  }

  /**
   * Where the project's history starts, for a time slider and a participation chart: its creation, or its earliest
   * vote when that is earlier, as for a conversation imported with the votes' own times.
   */
  public synchronized Instant historyStart() {
    long start = earliestVoteMillis;
    if (!stages.isEmpty()) {
      start = Math.min(start, stages.getFirst().from().toEpochMilli());
    }
    return start == Long.MAX_VALUE ? clock.instant() : Instant.ofEpochMilli(start);
  }

  /**
   * Participation over time: the votes cast in each of {@code count} equal spans from {@link #historyStart()} to
   * {@code until} (now, for a chart under the time slider: the same axis), and how many people voted for the first
   * time in each. Empty before the first vote.
   */
  public synchronized List<ParticipationSpan> participation(int count, Instant until) {
    if (log.size() == 0) {
      return List.of();
    }
    // Every reader of a live synthesis asks for this; while votes keep coming, one scan a second serves them all.
    long now = System.nanoTime();
    if (participationCache != null && participationCache.size() == count
        && now - participationAtNanos < TimeUnit.SECONDS.toNanos(1)) {
      return participationCache;
    }
    participationCache = List.copyOf(participationScan(count, historyStart().toEpochMilli(),
        Math.max(until.toEpochMilli(), latestVoteMillis)));
    participationAtNanos = now;
    return participationCache;
  }

  private List<ParticipationSpan> participationScan(int count, long first, long last) {
    long width = Math.max(1, (last - first + count) / count);
    var votes = new int[count];
    var newcomers = new int[count];
    var seen = new BitSet(participants.size());
    for (int i = 0; i < log.size(); i++) {
      int span = (int) Math.max(0, Math.min(count - 1, (log.castAt(i) - first) / width));
      votes[span]++;
      if (!seen.get(log.participant(i))) {
        seen.set(log.participant(i));
        newcomers[span]++;
      }
    }
    var spans = new ArrayList<ParticipationSpan>(count);
    int participantsSoFar = 0;
    for (int span = 0; span < count; span++) {
      participantsSoFar += newcomers[span];
      spans.add(new ParticipationSpan(Instant.ofEpochMilli(first + span * width),
          Instant.ofEpochMilli(first + (span + 1) * width), votes[span], newcomers[span], participantsSoFar));
    }
    return spans;
  }

  /**
   * What waits for a moderator: shown statements flagged since their last moderation decision, and hidden ones that
   * may deserve to come back, with the reports.
   */
  public synchronized List<FlaggedStatement> flagged() {
    var out = new ArrayList<FlaggedStatement>();
    for (var record : byIndex) {
      var decided = record.moderation.isEmpty() ? Instant.MIN : record.moderation.getLast().at();
      var open = record.flags.stream().filter(flag -> flag.at().isAfter(decided)).toList();
      if (!open.isEmpty() || record.hidden) {
        out.add(new FlaggedStatement(view(record, true), open));
      }
    }
    return out;
  }

  /** Pairs of shown statements where one contradicts the other, to show side by side. */
  public synchronized List<List<StatementView>> contradictions() {
    var pairs = new ArrayList<List<StatementView>>();
    for (var record : byIndex) {
      var link = record.posted.relatesTo();
      if (record.hidden || link == null || link.relation() != Relation.CONTRADICTS) {
        continue;
      }
      var other = statements.get(link.statement().value());
      if (other != null && !other.hidden) {
        pairs.add(List.of(view(other, false), view(record, false)));
      }
    }
    return pairs;
  }

  /** A consistent copy of what an export writes. */
  public synchronized ExportSnapshot exportSnapshot() {
    var votes = new ArrayList<ExportSnapshot.Cast>(log.size());
    for (int i = 0; i < log.size(); i++) {
      votes.add(new ExportSnapshot.Cast(participants.get(log.participant(i)), byIndex.get(log.statement(i)).id(),
          log.vote(i), log.castAt(i)));
    }
    var shown = byIndex.stream().map(record -> new ExportSnapshot.Posted(record.id(), record.posted.text(),
        record.posted.author().value(), record.posted.externalId(), record.postedAt, record.hidden,
        record.counts[0], record.counts[1])).toList();
    var groups = new HashMap<String, String>();
    groupOf.forEach((participant, g) -> groups.put(participant, labels.get(g)));
    return new ExportSnapshot(shown, votes, Map.copyOf(externalIds), groups);
  }

  private StatementView view(StatementRecord record, boolean moderator) {
    var posted = record.posted;
    RelatedStatement relatesTo = null;
    if (posted.relatesTo() != null) {
      var target = statements.get(posted.relatesTo().statement().value());
      relatesTo = related(posted.relatesTo().statement().value(), posted.relatesTo().relation(), "TO", target,
          moderator);
    }
    var related = new ArrayList<RelatedStatement>();
    if (relatesTo != null) {
      related.add(relatesTo);
    }
    for (var other : record.inbound) {
      if (!other.hidden || moderator) {
        related.add(related(other.id(), other.posted.relatesTo().relation(), "FROM", other, moderator));
      }
    }
    return new StatementView(record.id(), project, posted.kind().name(),
        record.hidden && !moderator ? null : posted.text(), posted.stance() == null ? null : posted.stance().name(),
        record.hidden && !moderator ? List.of() : posted.sources(), relatesTo,
        record.hidden && !moderator ? null : posted.interests(),
        record.authorErased ? null : posted.author().value(), record.authorName, record.postedAt,
        posted.externalId(), record.hidden, record.moderation, record.flags.size(), record.tally(),
        groupTallies(record), related);
  }

  private static RelatedStatement related(String id, Relation relation, String direction,
      @Nullable StatementRecord other, boolean moderator) {
    boolean visible = other != null && (!other.hidden || moderator);
    return new RelatedStatement(id, relation.name(), direction,
        other == null ? "" : other.posted.kind().name(),
        other == null || other.posted.stance() == null ? null : other.posted.stance().name(),
        visible ? other.posted.text() : null);
  }

  private List<GroupTally> groupTallies(StatementRecord record) {
    var out = new ArrayList<GroupTally>(labels.size());
    for (int g = 0; g < labels.size() && g < record.byGroup.length; g++) {
      var counts = record.byGroup[g];
      out.add(new GroupTally(labels.get(g), counts[0], counts[1], counts[2]));
    }
    return out;
  }
}
