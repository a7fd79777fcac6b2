package org.deliberation.web.deliberation.topic;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.deliberation.web.deliberation.live.ScoredStatement;
import org.jspecify.annotations.Nullable;

/**
 * One topic as the API shows it.
 *
 * @param statements the ids of its shown statements, the most representative first
 * @param consensus the synthesis's consensus restricted to the topic, with the same scores
 * @param dissent the synthesis's dissent restricted to the topic, with the same scores
 * @param agreement {@code high}, {@code mixed} or {@code low} (see docs/synthesis.md); null until its statements have
 *     enough votes
 * @param summary the statements that best represent it, quoted verbatim with their ids and counts
 */
public record TopicView(
    String id,
    String label,
    List<String> statements,
    List<ScoredStatement> consensus,
    List<ScoredStatement> dissent,
    // Always present, null while unknown: every topic carries it.
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String agreement,
    List<TopicQuote> summary) {

  public TopicView {
    statements = List.copyOf(statements);
    consensus = List.copyOf(consensus);
    dissent = List.copyOf(dissent);
    summary = List.copyOf(summary);
  }
}
