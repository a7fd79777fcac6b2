package org.deliberation.core.synthesis;

import java.util.List;

/**
 * What the votes say at one point: the opinion groups, the statements they all agree on (consensus), the ones they
 * split on (dissent), and the ones with too few votes to say anything (uncertain).
 *
 * @param participants everyone who voted
 * @param places each participant's place on the opinion map and its group (null when not clustered)
 * @param robustness what the robust scores were computed from (see {@link RobustConsensus})
 * @param ranked every statement that meets each list's criterion, ranked as the list is: the lists above are their
 *     first {@link SynthesisSettings#listSize()}; a part of the conversation (a topic) is restricted from these
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
    List<Place> places,
    Robustness robustness,
    Ranked ranked) {

  public static final Synthesis EMPTY =
      new Synthesis(
          0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  /** A synthesis whose lists hold every statement meeting their criterion. */
  public Synthesis(
      int participants,
      long votes,
      List<OpinionGroup> groups,
      List<StatementScore> consensus,
      List<StatementScore> sharedDisagreement,
      List<StatementScore> dissent,
      List<StatementScore> uncertain,
      List<StatementScore> statements,
      List<Place> places,
      Robustness robustness) {
    this(
        participants,
        votes,
        groups,
        consensus,
        sharedDisagreement,
        dissent,
        uncertain,
        statements,
        places,
        robustness,
        new Ranked(consensus, sharedDisagreement, dissent));
  }

  /** A synthesis without robust scores. */
  public Synthesis(
      int participants,
      long votes,
      List<OpinionGroup> groups,
      List<StatementScore> consensus,
      List<StatementScore> sharedDisagreement,
      List<StatementScore> dissent,
      List<StatementScore> uncertain,
      List<StatementScore> statements,
      List<Place> places) {
    this(
        participants,
        votes,
        groups,
        consensus,
        sharedDisagreement,
        dissent,
        uncertain,
        statements,
        places,
        Robustness.NONE);
  }

  public Synthesis {
    groups = List.copyOf(groups);
    consensus = List.copyOf(consensus);
    sharedDisagreement = List.copyOf(sharedDisagreement);
    dissent = List.copyOf(dissent);
    uncertain = List.copyOf(uncertain);
    statements = List.copyOf(statements);
    places = List.copyOf(places);
  }

  /**
   * What the robust scores were computed from.
   *
   * @param excluded participants whose votes were left out (invalidated, or excluded for a preview)
   * @param coalescedGroups coordinated groups counted as one voter each
   * @param robustGroups the opinion groups formed on those votes (Pol.is's when nothing was coalesced)
   * @param independentParticipants the participants in those groups, a coalesced group counting once
   * @param bridgingMean the factorization's global intercept μ
   * @param averageDisposition the participants' mean intercept: {@code μ + ī_u + i_n} is the agreement expected from
   *     a participant of average disposition with no leaning along the factor
   * @param lowFactor and {@code highFactor}: the 10th and 90th percentiles of the participants' factors, both ends
   *     of the viewpoint axis at which the bridging test predicts agreement
   */
  public record Robustness(
      int excluded,
      int coalescedGroups,
      int robustGroups,
      int independentParticipants,
      double bridgingMean,
      double averageDisposition,
      double lowFactor,
      double highFactor) {

    public static final Robustness NONE =
        new Robustness(0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /** Each list's statements, every one that meets its criterion, ranked by its score, highest first. */
  public record Ranked(
      List<StatementScore> consensus,
      List<StatementScore> sharedDisagreement,
      List<StatementScore> dissent) {

    public Ranked {
      consensus = List.copyOf(consensus);
      sharedDisagreement = List.copyOf(sharedDisagreement);
      dissent = List.copyOf(dissent);
    }
  }

  /** A participant on the opinion map. */
  public record Place(
      String participant, double x, double y, @org.jspecify.annotations.Nullable String group) {}
}
