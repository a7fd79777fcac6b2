package org.deliberation.web.deliberation.synthesis;

import java.util.List;
import org.deliberation.web.deliberation.topic.TopicQuote;
import org.deliberation.web.deliberation.topic.TopicView;
import org.jspecify.annotations.Nullable;

/**
 * One topic on the officials' page: a summary line (its label, its agreement, its size) that opens on the statements
 * quoted as its summary and on its own consensus and dissent.
 *
 * @param agreement high, mixed or low; null while it has too few votes
 */
public record TopicPanel(
    String id,
    String label,
    @Nullable String agreement,
    int size,
    List<TopicQuote> summary,
    List<ScoredBars> consensus,
    List<ScoredBars> dissent) {

  public TopicPanel {
    summary = List.copyOf(summary);
    consensus = List.copyOf(consensus);
    dissent = List.copyOf(dissent);
  }

  static List<TopicPanel> of(List<TopicView> topics) {
    return topics.stream()
        .map(
            topic ->
                new TopicPanel(
                    topic.id(),
                    topic.label(),
                    topic.agreement(),
                    topic.statements().size(),
                    topic.summary(),
                    ScoredBars.of(topic.consensus()),
                    ScoredBars.of(topic.dissent())))
        .toList();
  }
}
