package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A project's statements and votes copied at one moment, for an export.
 *
 * @param votes every vote in the order recorded, replaced ones included, as Pol.is exports them
 * @param externalIds participant id to their id in the conversation they were imported from
 * @param groups participant id to opinion group, for the clustered participants
 */
public record ExportSnapshot(
    List<Posted> statements,
    List<Cast> votes,
    Map<String, String> externalIds,
    Map<String, String> groups) {

  /** A statement. */
  public record Posted(
      String id,
      String text,
      String author,
      @Nullable String externalId,
      Instant postedAt,
      boolean hidden,
      int agree,
      int disagree) {}

  /** A vote: +1 agree, -1 disagree, 0 pass. */
  public record Cast(String participant, String statement, int vote, long castAtMillis) {}

  /** A copy of a live deliberation's parts, taken under its monitor. */
  static ExportSnapshot of(
      StatementBoard board, VoteLog log, VoteTally tally, Map<String, String> externalIds) {
    var votes = new ArrayList<Cast>(log.size());
    for (int i = 0; i < log.size(); i++) {
      votes.add(
          new Cast(
              log.voter(log.participant(i)),
              board.at(log.statement(i)).id(),
              log.vote(i),
              log.castAt(i)));
    }
    var statements =
        board.all().stream()
            .map(
                record ->
                    new Posted(
                        record.id(),
                        record.posted.text(),
                        record.posted.author().value(),
                        record.posted.externalId(),
                        record.postedAt,
                        record.hidden(),
                        tally.count(record.index, 0),
                        tally.count(record.index, 1)))
            .toList();
    return new ExportSnapshot(
        statements, votes, Map.copyOf(externalIds), tally.groupOfParticipants());
  }
}
