package org.deliberation.core.topic;

import java.util.List;
import org.deliberation.core.synthesis.StatementScore;
import org.jspecify.annotations.Nullable;

/**
 * A topic as the synthesis sees it: its own consensus and dissent (the synthesis's scores, restricted to the topic),
 * its agreement level, and the statements that best represent it, to be quoted verbatim.
 *
 * @param agreement null while none of its statements has enough votes to say
 */
public record TopicSummary(
    Topic topic,
    List<StatementScore> consensus,
    List<StatementScore> dissent,
    @Nullable Agreement agreement,
    List<StatementScore> representative) {

  public TopicSummary {
    consensus = List.copyOf(consensus);
    dissent = List.copyOf(dissent);
    representative = List.copyOf(representative);
  }
}
