package org.deliberation.core.integrity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Accounts that behave as one.
 *
 * @param members the accounts, sorted
 * @param strength from 0 to 1: the density of the links between the members, times a factor growing with the group's
 *     size, times the weight of the evidence; a pair of near-identical voters is weak, fifty is strong
 * @param strong whether the synthesis counts the group as one voter ({@link IntegritySettings#strong()})
 * @param evidence what was observed, strongest first
 * @param impact how the consensus and dissent lists would change without the group; null when not computed
 */
public record CoordinatedGroup(
    List<String> members,
    double strength,
    boolean strong,
    List<Evidence> evidence,
    @Nullable Impact impact) {

  public CoordinatedGroup {
    members = List.copyOf(members);
    evidence = List.copyOf(evidence);
  }

  public int size() {
    return members.size();
  }

  CoordinatedGroup withImpact(Impact newImpact) {
    return new CoordinatedGroup(members, strength, strong, evidence, newImpact);
  }

  /**
   * What the group changes: the statements that would enter or leave the consensus and dissent lists if its accounts
   * had not voted, computed without the safeguards (every account counted), so that it measures what the group
   * would achieve against an undefended synthesis.
   */
  public record Impact(List<String> consensusChanged, List<String> dissentChanged) {

    public Impact {
      consensusChanged = List.copyOf(consensusChanged);
      dissentChanged = List.copyOf(dissentChanged);
    }

    public int changes() {
      return consensusChanged.size() + dissentChanged.size();
    }
  }
}
