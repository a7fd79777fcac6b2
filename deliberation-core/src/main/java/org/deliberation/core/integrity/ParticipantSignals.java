package org.deliberation.core.integrity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the web layer knows about participants beyond their votes, for the coordination checks. Every part may be
 * empty; missing parts are simply not used as evidence.
 *
 * @param signedUpAt when each participant's account was created
 * @param addressKeys an opaque key per participant for the network address it signed up from (a keyed hash, never
 *     the address): only equality is used
 * @param nearDuplicates pairs of near-duplicate statements by different authors (the search index's MinHash finds
 *     them)
 */
public record ParticipantSignals(
    Map<String, Instant> signedUpAt,
    Map<String, String> addressKeys,
    List<NearDuplicate> nearDuplicates) {

  public static final ParticipantSignals NONE =
      new ParticipantSignals(Map.of(), Map.of(), List.of());

  public ParticipantSignals {
    signedUpAt = Map.copyOf(signedUpAt);
    addressKeys = Map.copyOf(addressKeys);
    nearDuplicates = List.copyOf(nearDuplicates);
  }

  /** Two statements whose texts are near copies, and their authors. */
  public record NearDuplicate(
      String statement, String author, String otherStatement, String otherAuthor) {}
}
