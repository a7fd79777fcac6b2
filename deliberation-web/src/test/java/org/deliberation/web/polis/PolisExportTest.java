package org.deliberation.web.polis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deliberation.web.deliberation.live.ExportSnapshot;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolisExportTest {

  @Nested
  class Cells {

    @Test
    void prefixesTextThatASpreadsheetWouldRunAsAFormula() {
      for (var formula : List.of("=1+1", "+1", "-1+1", "@SUM(A1)", "\tinside", "\rreturn")) {
        assertThat(PolisExport.text(formula)).isEqualTo("'" + formula);
      }
      assertThat(PolisExport.text("A statement = fine")).isEqualTo("A statement = fine");
      assertThat(PolisExport.text("")).isEmpty();
      assertThat(PolisExport.text("'=already quoted")).isEqualTo("'=already quoted");
    }

    @Test
    void leavesNumericIdsAloneButNotIdsThatAreText() {
      assertThat(PolisExport.id("42")).isEqualTo("42");
      assertThat(PolisExport.id("-1")).isEqualTo("-1");
      assertThat(PolisExport.id("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
      assertThat(PolisExport.id("-2+3")).isEqualTo("'-2+3");
    }
  }

  @Test
  void writesHiddenTextForModeratorsOnlyAndQuotesFormulasInEveryFile() {
    var at = Instant.parse("2024-05-01T10:00:00Z");
    var snapshot =
        new ExportSnapshot(
            List.of(
                new ExportSnapshot.Posted(
                    "s1", "=HYPERLINK(\"http://evil.example\",\"x\")", "p1", "@7", at, false, 0, 1),
                new ExportSnapshot.Posted("s2", "Hidden words", "p1", null, at, true, 0, 0)),
            List.of(new ExportSnapshot.Cast("p2", "s1", -1, at.toEpochMilli())),
            Map.of("p1", "+3"),
            Map.of());

    var forThePublic = new PolisExport(snapshot, PolisExport.Audience.PUBLIC);
    assertThat(forThePublic.comments())
        .contains(",'@7,'+3,0,1,1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\n")
        .doesNotContain("Hidden words")
        .contains(",-1,\n");
    assertThat(forThePublic.votes())
        .endsWith(",'@7,4,-1\n"); // p2 numbered after the largest Pol.is id, 3
    assertThat(forThePublic.participantsVotes().lines().findFirst().orElseThrow()).contains(",'@7");
    assertThat(new PolisExport(snapshot, PolisExport.Audience.MODERATORS).comments())
        .contains(",-1,Hidden words\n");
  }
}
