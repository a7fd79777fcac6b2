package org.deliberation.core.integrity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deliberation.core.synthesis.Safeguards;

/**
 * The coordinated groups found in a project's votes, strongest first, each with its evidence, strength and (for the
 * strongest) its impact on the consensus and dissent lists.
 */
public record IntegrityReport(List<CoordinatedGroup> groups) {

  public static final IntegrityReport EMPTY = new IntegrityReport(List.of());

  public IntegrityReport {
    groups = List.copyOf(groups);
  }

  /** The groups counted as one voter each. */
  public List<CoordinatedGroup> strong() {
    return groups.stream().filter(CoordinatedGroup::strong).toList();
  }

  /** The group a participant was found in, if any. */
  public Optional<CoordinatedGroup> groupOf(String participant) {
    return Optional.ofNullable(index().get(participant));
  }

  Map<String, CoordinatedGroup> index() {
    var index = new HashMap<String, CoordinatedGroup>();
    for (var group : groups) {
      for (var member : group.members()) {
        index.putIfAbsent(member, group);
      }
    }
    return index;
  }

  /** What the synthesis applies: exclusions, strong groups as one voter, every reported member as correlated. */
  public Safeguards safeguards(Set<String> excluded) {
    var correlated = new HashSet<String>();
    groups.forEach(group -> correlated.addAll(group.members()));
    return new Safeguards(
        excluded, strong().stream().map(group -> Set.copyOf(group.members())).toList(), correlated);
  }
}
