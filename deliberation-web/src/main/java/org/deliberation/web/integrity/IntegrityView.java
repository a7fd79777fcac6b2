package org.deliberation.web.integrity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's integrity report as moderators read it: the groups of accounts that behave as one, strongest first.
 *
 * @param position the position of the votes it was computed from
 * @param invalidated the accounts whose votes invalidations leave out now (not checked again)
 * @param signals what was known about the accounts beyond their votes
 */
public record IntegrityView(
    String project,
    long position,
    Instant computedAt,
    List<String> invalidated,
    SignalsUsed signals,
    List<Group> groups) {

  public IntegrityView {
    invalidated = List.copyOf(invalidated);
    groups = List.copyOf(groups);
  }

  /**
   * @param signUps how many voters' sign-up instants were known (erased and imported accounts have none)
   * @param addresses whether sign-up addresses were used: the site does not record them, so never
   * @param nearCopies how many pairs of near-copy statements by different authors the search index found
   */
  public record SignalsUsed(int signUps, boolean addresses, int nearCopies) {}

  /**
   * @param strength from 0 to 1; {@code strong} groups count as one voter in the robust scores
   * @param impact how the consensus and dissent lists would change without the group (Pol.is's rule, every account
   *     counted); null when not measured (beyond the first groups)
   */
  public record Group(
      List<Member> members,
      int size,
      double strength,
      boolean strong,
      List<EvidenceView> evidence,
      @Nullable Impact impact) {

    public Group {
      members = List.copyOf(members);
      evidence = List.copyOf(evidence);
    }
  }

  /** An account, named as the project shows it ("a former participant" once erased). */
  public record Member(String id, String displayName) {}

  /** One kind of evidence, in terms of what the accounts did on the site. */
  public record EvidenceView(
      String kind, int accounts, double measure, double bits, String description) {}

  public record Impact(List<String> consensusChanged, List<String> dissentChanged, int changes) {

    public Impact {
      consensusChanged = List.copyOf(consensusChanged);
      dissentChanged = List.copyOf(dissentChanged);
    }
  }
}
