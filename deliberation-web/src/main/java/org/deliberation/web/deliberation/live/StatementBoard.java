package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.deliberation.core.integrity.FlagReview;
import org.deliberation.core.integrity.IntegrityReport;
import org.deliberation.core.integrity.IntegritySettings;
import org.deliberation.core.integrity.ParticipantSignals;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.SynthesisEngine;
import org.jspecify.annotations.Nullable;

/**
 * A project's statements in the order they were posted, with their links and moderation trails, and the lists made
 * of them: by kind and order, the moderators' queue, the contradicting pairs. Not thread safe: its
 * {@link ProjectDeliberation} guards it.
 */
final class StatementBoard {

  private final Map<String, StatementRecord> byId = new HashMap<>();
  private final List<StatementRecord> byIndex = new ArrayList<>();
  // The coordinated groups of the last synthesis, by which the reports are weighed.
  private IntegrityReport integrity = IntegrityReport.EMPTY;

  /** Adds a posted statement, linked to the one it relates to; null if it was already here. */
  @Nullable StatementRecord post(
      StatementPosted event, @Nullable String authorName, long position) {
    var id = event.statementId().value();
    if (byId.containsKey(id)) {
      return null;
    }
    var record = new StatementRecord(event, authorName, byIndex.size(), position);
    byId.put(id, record);
    byIndex.add(record);
    if (event.relatesTo() != null) {
      var target = byId.get(event.relatesTo().statement().value());
      if (target != null) {
        target.inbound.add(record);
      }
    }
    return record;
  }

  @Nullable StatementRecord get(String id) {
    return byId.get(id);
  }

  /** The statement posted {@code index}-th. */
  StatementRecord at(int index) {
    return byIndex.get(index);
  }

  /** The posting index of a statement, or -1 if it is not here. */
  int indexOf(String id) {
    var record = byId.get(id);
    return record == null ? -1 : record.index;
  }

  int size() {
    return byIndex.size();
  }

  /** Every statement, oldest first. */
  List<StatementRecord> all() {
    return Collections.unmodifiableList(byIndex);
  }

  /** The statement this one supports or contradicts, if it is here. */
  @Nullable StatementRecord target(StatementRecord record) {
    var link = record.posted.relatesTo();
    return link == null ? null : byId.get(link.statement().value());
  }

  /** A participant erased their personal data: their statements stay, as a former participant's. */
  void authorErased(String participant, String formerParticipant) {
    for (var record : byIndex) {
      if (record.posted.author().value().equals(participant)) {
        record.authorErased = true;
        record.authorName = formerParticipant;
      }
    }
  }

  /**
   * The statements of a kind (or all), hidden ones only if asked: highest {@code score} first, or the most recent
   * first when there is no score to sort by; ties go to the most recent.
   */
  List<StatementRecord> select(
      @Nullable StatementKind kind,
      boolean withHidden,
      @Nullable ToDoubleFunction<StatementRecord> score) {
    Comparator<StatementRecord> recent =
        Comparator.comparingInt((StatementRecord r) -> r.index).reversed();
    Comparator<StatementRecord> order =
        score == null ? recent : Comparator.comparingDouble(score).reversed().thenComparing(recent);
    return byIndex.stream()
        .filter(record -> kind == null || record.posted.kind() == kind)
        .filter(record -> !record.trail.withdrawn() && (withHidden || !record.hidden()))
        .sorted(order)
        .toList();
  }

  /**
   * How {@link #select} ranks by a sort of the API: {@code consensus} (group-informed consensus) or {@code dissent}
   * from the synthesis, a statement it has not scored yet counting 0; null for {@code recent}.
   */
  static @Nullable ToDoubleFunction<StatementRecord> ranking(
      Synthesis synthesis, StatementOrder sort) {
    var scores = new HashMap<String, StatementScore>();
    synthesis.statements().forEach(score -> scores.put(score.statement(), score));
    return switch (sort) {
      case CONSENSUS ->
          record ->
              Optional.ofNullable(scores.get(record.id())).map(StatementScore::score).orElse(0.0);
      case DISSENT ->
          record ->
              Optional.ofNullable(scores.get(record.id()))
                  .map(SynthesisEngine::dissent)
                  .orElse(0.0);
      case RECENT -> null;
    };
  }

  /** The ids of the statements that were hidden at an instant. */
  List<String> hiddenAt(Instant at) {
    return byIndex.stream()
        .filter(record -> record.trail.hiddenAt(at))
        .map(StatementRecord::id)
        .toList();
  }

  /** Weighs the reports by the coordinated groups of a new synthesis from now on. */
  void reviewFlagsWith(IntegrityReport report) {
    integrity = report;
  }

  /** A statement waiting for a moderator, and who reported it since the last decision, weighed by FlagReview. */
  record Reported(StatementRecord record, FlagReview.Assessment reporters) {}

  /**
   * What waits for a moderator: statements reported since their last decision, most independent reporters first
   * (reporters in one coordinated group, see {@link FlagReview}, count as one, so a burst of flags from a brigade
   * does not jump the queue), then most reports, then the hidden ones. Nothing is hidden by reports alone: only a
   * moderator's decision hides.
   */
  List<Reported> awaitingModeration() {
    return byIndex.stream()
        .filter(record -> !record.trail.withdrawn())
        .filter(record -> record.hidden() || !record.trail.openReports().isEmpty())
        .map(record -> new Reported(record, reporters(record)))
        .sorted(
            Comparator.comparing((Reported item) -> item.record().hidden())
                .thenComparing(
                    Comparator.comparingInt((Reported item) -> item.reporters().independent())
                        .thenComparingInt(item -> item.reporters().flaggers())
                        .reversed()))
        .toList();
  }

  // The participants' sign-up instants and addresses are not known here yet: the groups found in
  // their votes (and vote instants) are what makes reporters count as one.
  private FlagReview.Assessment reporters(StatementRecord record) {
    var by = record.trail.openReports().stream().map(FlagEntry::by).toList();
    return FlagReview.assess(by, integrity, ParticipantSignals.NONE, IntegritySettings.DEFAULTS);
  }

  /** Pairs of shown statements, the contradicted one first, where one contradicts the other. */
  List<List<StatementRecord>> contradictions() {
    var pairs = new ArrayList<List<StatementRecord>>();
    for (var record : byIndex) {
      var link = record.posted.relatesTo();
      if (record.hidden() || link == null || link.relation() != Relation.CONTRADICTS) {
        continue;
      }
      var other = byId.get(link.statement().value());
      if (other != null && !other.hidden()) {
        pairs.add(List.of(other, record));
      }
    }
    return pairs;
  }
}
