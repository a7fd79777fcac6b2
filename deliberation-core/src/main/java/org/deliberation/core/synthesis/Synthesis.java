package org.deliberation.core.synthesis;

import java.util.List;

/**
 * What the votes say at one point: the opinion groups, the statements they all agree on (consensus), the ones they
 * split on (dissent), and the ones with too few votes to say anything (uncertain).
 *
 * @param participants everyone who voted
 * @param places each participant's place on the opinion map and its group (null when not clustered)
 */
public record Synthesis(
    int participants,
    long votes,
    List<OpinionGroup> groups,
    List<StatementScore> consensus,
    List<StatementScore> sharedDisagreement,
    List<StatementScore> dissent,
    List<StatementScore> uncertain,
    List<StatementScore> statements,
    List<Place> places) {

  public static final Synthesis EMPTY =
      new Synthesis(0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Synthesis {
    groups = List.copyOf(groups);
    consensus = List.copyOf(consensus);
    sharedDisagreement = List.copyOf(sharedDisagreement);
    dissent = List.copyOf(dissent);
    uncertain = List.copyOf(uncertain);
    statements = List.copyOf(statements);
    places = List.copyOf(places);
  }

  /** A participant on the opinion map. */
  public record Place(String participant, double x, double y, @org.jspecify.annotations.Nullable String group) {}
}
