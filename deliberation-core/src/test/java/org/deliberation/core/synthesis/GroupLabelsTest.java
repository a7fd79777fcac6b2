package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupLabelsTest {

  @Test
  void ranksGroupsByTheirEarliestRow() {
    // Rows in the order of first votes; row 0 is not clustered, row 1 is the earliest in group 2.
    int[] groupOfRow = {-1, 2, 0, 2, 1, 0};

    assertThat(GroupLabels.ranks(groupOfRow, 3)).containsExactly(1, 2, 0);
  }

  @Test
  void dependsOnlyOnWhoIsInWhichGroupNotOnTheClusteringsNumbering() {
    int[] oneNumbering = {0, 0, 1, 1, 2};
    int[] another = {2, 2, 0, 0, 1};

    var first = GroupLabels.ranks(oneNumbering, 3);
    var second = GroupLabels.ranks(another, 3);

    for (int row = 0; row < oneNumbering.length; row++) {
      assertThat(first[oneNumbering[row]]).isEqualTo(second[another[row]]);
    }
  }

  @Test
  void namesRanksWithLetters() {
    assertThat(GroupLabels.label(0)).isEqualTo("A");
    assertThat(GroupLabels.label(4)).isEqualTo("E");
    assertThat(GroupLabels.label(26)).isEqualTo("G27");
  }
}
