package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The data of a {@code synthesis-patch} stream event: how the live synthesis changed from one version to the next.
 * Computed once per recomputation and serialized once for every reader of the patch mode (see {@code
 * docs/synthesis.md}). The scalar fields are the new view's; a list is null (absent) when it did not change.
 *
 * @param from the version the patch applies to: the reader's view must be that one
 * @param to the version the view has once the patch is applied
 */
public record SynthesisPatch(
    long from,
    long to,
    long position,
    Instant computedAt,
    String stage,
    int participants,
    long votes,
    @Nullable GroupsPatch groups,
    @Nullable ListPatch consensus,
    @Nullable ListPatch sharedDisagreement,
    @Nullable ListPatch dissent,
    @Nullable ListPatch uncertain) {

  /**
   * The patch from {@code old} to {@code now}, or empty when the views cannot be patched (another project or instant,
   * or a list naming a statement twice): the reader then gets the whole view.
   */
  static Optional<SynthesisPatch> between(
      long from, long to, SynthesisView old, SynthesisView now) {
    if (!old.project().equals(now.project())
        || !Objects.equals(old.at(), now.at())
        || !keyed(old)
        || !keyed(now)) {
      return Optional.empty();
    }
    return Optional.of(
        new SynthesisPatch(
            from,
            to,
            now.position(),
            now.computedAt(),
            now.stage(),
            now.participants(),
            now.votes(),
            GroupsPatch.between(old.groups(), now.groups()),
            ListPatch.between(old.consensus(), now.consensus()),
            ListPatch.between(old.sharedDisagreement(), now.sharedDisagreement()),
            ListPatch.between(old.dissent(), now.dissent()),
            ListPatch.between(old.uncertain(), now.uncertain())));
  }

  /** The view at version {@code to}, from the view at version {@code from}. */
  public SynthesisView applyTo(SynthesisView old) {
    return new SynthesisView(
        old.project(),
        position,
        computedAt,
        old.at(),
        stage,
        participants,
        votes,
        groups == null ? old.groups() : groups.applyTo(old.groups()),
        apply(consensus, old.consensus()),
        apply(sharedDisagreement, old.sharedDisagreement()),
        apply(dissent, old.dissent()),
        apply(uncertain, old.uncertain()));
  }

  private static List<ScoredStatement> apply(@Nullable ListPatch patch, List<ScoredStatement> old) {
    return patch == null ? old : patch.applyTo(old);
  }

  private static boolean keyed(SynthesisView view) {
    return GroupsPatch.keyed(view.groups())
        && ListPatch.keyed(view.consensus())
        && ListPatch.keyed(view.sharedDisagreement())
        && ListPatch.keyed(view.dissent())
        && ListPatch.keyed(view.uncertain());
  }
}
