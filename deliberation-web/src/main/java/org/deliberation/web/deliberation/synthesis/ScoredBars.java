package org.deliberation.web.deliberation.synthesis;

import java.util.List;
import org.deliberation.web.deliberation.live.ScoredStatement;
import org.jspecify.annotations.Nullable;

/**
 * A statement of the synthesis with its overall bar, one bar per opinion group, and its bridging score (null when
 * not computed yet), shown as "support across the divide".
 */
public record ScoredBars(
    String statement,
    @Nullable String text,
    Bar overall,
    List<GroupBar> groups,
    @Nullable Double bridging) {

  public ScoredBars {
    groups = List.copyOf(groups);
  }

  /** One group's bar, with the colour its group has on the map. */
  public record GroupBar(String group, int colour, Bar bar) {}

  static List<ScoredBars> of(List<ScoredStatement> statements) {
    return statements.stream()
        .map(
            s ->
                new ScoredBars(
                    s.statement(),
                    s.text(),
                    Bar.of(s.agree(), s.disagree(), s.pass()),
                    s.groups().stream()
                        .map(
                            g ->
                                new GroupBar(
                                    g.group(),
                                    GroupColours.of(g.group()),
                                    Bar.of(g.agree(), g.disagree(), g.pass())))
                        .toList(),
                    s.bridging()))
        .toList();
  }
}
