package org.deliberation.web.petition;

import java.time.Instant;
import java.util.List;
import org.deliberation.web.petition.projection.ThresholdView;
import org.jspecify.annotations.Nullable;

/**
 * The caller's signature on a petition: the count, whether they signed, when (the instant recorded with their
 * signature, which a threshold it crossed carries too), and the thresholds.
 */
public record SignatureView(
    String petition,
    int signatures,
    boolean signed,
    @Nullable Instant signedAt,
    List<ThresholdView> thresholds) {

  public SignatureView {
    thresholds = List.copyOf(thresholds);
  }
}
