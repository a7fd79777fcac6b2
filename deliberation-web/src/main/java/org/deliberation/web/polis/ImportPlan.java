package org.deliberation.web.polis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.StatementId;

/**
 * What an import writes, in the order it writes it, with every id derived from the job and the Pol.is ids: the same
 * job and files give the same plan on every run, so an import resumed after a crash writes the same statements under
 * the same ids and the same commits under the same keys, and the store refuses what was already written.
 *
 * @param participants Pol.is participant id to ours, in order of first appearance (comments, then votes)
 * @param comments the comments in time order (stable: equal times keep the file's order)
 * @param votes the votes in time order, likewise
 */
record ImportPlan(
    String job,
    Map<String, ParticipantId> participants,
    List<PolisConversation.Comment> comments,
    List<PolisConversation.VoteRow> votes) {

  static ImportPlan of(String job, PolisConversation conversation) {
    var participants = new LinkedHashMap<String, ParticipantId>();
    conversation
        .comments()
        .forEach(
            c ->
                participants.computeIfAbsent(
                    c.author(), id -> new ParticipantId(uuid(job, "participant", id))));
    conversation
        .votes()
        .forEach(
            v ->
                participants.computeIfAbsent(
                    v.voter(), id -> new ParticipantId(uuid(job, "participant", id))));
    var comments = new ArrayList<>(conversation.comments());
    comments.sort(Comparator.comparingLong(PolisConversation.Comment::timestamp));
    var votes = new ArrayList<>(conversation.votes());
    votes.sort(Comparator.comparingLong(PolisConversation.VoteRow::timestamp));
    return new ImportPlan(job, participants, comments, votes);
  }

  long total() {
    return (long) participants.size() + comments.size() + votes.size();
  }

  long size(ImportPhase phase) {
    return switch (phase) {
      case PARTICIPANTS -> participants.size();
      case STATEMENTS -> comments.size();
      case VOTES -> votes.size();
    };
  }

  StatementId statement(String commentId) {
    return new StatementId(uuid(job, "statement", commentId));
  }

  ParticipantId participant(String polisId) {
    return participants.get(polisId);
  }

  /** The identifier of the {@code index}-th event a phase writes; the first of a commit keys the commit. */
  String event(ImportPhase phase, long index) {
    return uuid(job, "event/" + phase.name(), Long.toString(index));
  }

  private static String uuid(String job, String kind, String id) {
    return UUID.nameUUIDFromBytes((job + "/" + kind + "/" + id).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
