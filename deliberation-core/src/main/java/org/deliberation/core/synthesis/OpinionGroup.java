package org.deliberation.core.synthesis;

import java.util.List;

/**
 * An opinion group: its stable label ("A", "B"...), its members, and the statements that set it apart.
 *
 * @param representative the statements on which the group differs most from the others, most telling first
 */
public record OpinionGroup(
    String label, List<String> members, List<StatementScore> representative) {

  public OpinionGroup {
    members = List.copyOf(members);
    representative = List.copyOf(representative);
  }

  public int size() {
    return members.size();
  }
}
