package org.deliberation.web.integrity;

import java.util.List;
import org.deliberation.web.deliberation.live.SynthesisView;

/**
 * The synthesis now and as it would stand without some accounts' votes, computed from the same votes; nothing is
 * recorded.
 */
public record InvalidationPreview(
    List<String> participants, SynthesisView current, SynthesisView without, Changed changed) {

  public InvalidationPreview {
    participants = List.copyOf(participants);
  }

  /** The statements that would enter or leave the consensus and dissent lists, by id. */
  public record Changed(
      List<String> enteredConsensus,
      List<String> leftConsensus,
      List<String> enteredDissent,
      List<String> leftDissent) {

    public Changed {
      enteredConsensus = List.copyOf(enteredConsensus);
      leftConsensus = List.copyOf(leftConsensus);
      enteredDissent = List.copyOf(enteredDissent);
      leftDissent = List.copyOf(leftDissent);
    }

    public int count() {
      return enteredConsensus.size()
          + leftConsensus.size()
          + enteredDissent.size()
          + leftDissent.size();
    }
  }
}
