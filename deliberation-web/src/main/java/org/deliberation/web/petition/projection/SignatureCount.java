package org.deliberation.web.petition.projection;

import java.util.List;

/** The live count of a petition, as its stream sends it: the count and the thresholds with when each was reached. */
public record SignatureCount(String petition, int signatures, List<ThresholdView> thresholds) {

  public SignatureCount {
    thresholds = List.copyOf(thresholds);
  }
}
