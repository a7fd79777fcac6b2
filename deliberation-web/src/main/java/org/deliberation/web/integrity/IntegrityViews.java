package org.deliberation.web.integrity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.web.deliberation.live.ProjectDeliberation;
import org.deliberation.web.deliberation.live.ScoredStatement;
import org.deliberation.web.deliberation.live.SynthesisView;
import org.deliberation.web.participant.ParticipantAccounts;
import reactor.core.publisher.Mono;

/** Builds what moderators read from the integrity check and the synthesis comparisons. */
final class IntegrityViews {

  /** The report with its members named as the project shows them, looked up at each read (erasure renames them). */
  static Mono<IntegrityView> of(
      ProjectDeliberation project,
      IntegrityReports.Computed computed,
      ParticipantAccounts accounts) {
    var members = new LinkedHashSet<ParticipantId>();
    computed
        .report()
        .groups()
        .forEach(g -> g.members().forEach(m -> members.add(new ParticipantId(m))));
    return accounts
        .displayNames(members)
        .map(
            names ->
                new IntegrityView(
                    project.project(),
                    computed.position(),
                    computed.computedAt(),
                    List.copyOf(new TreeSet<>(computed.excluded())),
                    new IntegrityView.SignalsUsed(computed.signUps(), false, computed.nearCopies()),
                    computed.report().groups().stream()
                        .map(
                            group ->
                                new IntegrityView.Group(
                                    group.members().stream()
                                        .map(
                                            id ->
                                                new IntegrityView.Member(
                                                    id,
                                                    names.getOrDefault(
                                                        new ParticipantId(id),
                                                        ParticipantAccounts.FORMER_PARTICIPANT)))
                                        .toList(),
                                    group.size(),
                                    group.strength(),
                                    group.strong(),
                                    group.evidence().stream()
                                        .map(
                                            e ->
                                                new IntegrityView.EvidenceView(
                                                    e.kind().name(),
                                                    e.accounts(),
                                                    e.measure(),
                                                    e.bits(),
                                                    e.description()))
                                        .toList(),
                                    group.impact() == null
                                        ? null
                                        : new IntegrityView.Impact(
                                            group.impact().consensusChanged(),
                                            group.impact().dissentChanged(),
                                            group.impact().changes())))
                        .toList()));
  }

  /** What changes in the consensus and dissent lists from {@code current} to {@code without}. */
  static InvalidationPreview.Changed changed(SynthesisView current, SynthesisView without) {
    return new InvalidationPreview.Changed(
        minus(without.consensus(), current.consensus()),
        minus(current.consensus(), without.consensus()),
        minus(without.dissent(), current.dissent()),
        minus(current.dissent(), without.dissent()));
  }

  /** The statements of {@code a} that are not in {@code b}, in {@code a}'s order. */
  private static List<String> minus(List<ScoredStatement> a, List<ScoredStatement> b) {
    Set<String> inB = new HashSet<>();
    b.forEach(statement -> inB.add(statement.statement()));
    var out = new ArrayList<String>();
    a.forEach(
        statement -> {
          if (!inB.contains(statement.statement())) {
            out.add(statement.statement());
          }
        });
    return out;
  }

  private IntegrityViews() {}
}
