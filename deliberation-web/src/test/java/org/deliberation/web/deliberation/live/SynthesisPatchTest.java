package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.deliberation.core.testing.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SynthesisPatchTest {

  // As the server writes its JSON: absent, not null, for what has no value.
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private record Versions(SynthesisView old, SynthesisView now) {}

  @Test
  void aPatchAppliedToTheViewItWasMadeFromGivesTheNewViewAlsoThroughItsJson() {
    Property.forAll(
        16_2026L,
        500,
        random -> {
          var old = view(random, null);
          return new Versions(old, view(random, old));
        },
        versions -> {
          var patch = SynthesisPatch.between(7, 8, versions.old(), versions.now()).orElseThrow();
          assertThat(patch.applyTo(versions.old())).isEqualTo(versions.now());
          var wire = JSON.readValue(JSON.writeValueAsString(patch), SynthesisPatch.class);
          assertThat(wire.applyTo(versions.old())).isEqualTo(versions.now());
          assertThat(wire.from()).isEqualTo(7);
          assertThat(wire.to()).isEqualTo(8);
        });
  }

  @Test
  void aPatchCarriesOnlyTheListsAndEntriesThatChanged() {
    var entry = scored("s1", 1, 0.5);
    var other = scored("s2", 2, 0.25);
    var old = view(1, List.of(), List.of(entry, other), List.of(other));
    var now = view(2, List.of(), List.of(scored("s1", 2, 0.5), other), List.of(other));

    var patch = SynthesisPatch.between(1, 2, old, now).orElseThrow();

    assertThat(patch.consensus().order()).containsExactly("s1", "s2");
    assertThat(patch.consensus().put()).containsExactly(scored("s1", 2, 0.5));
    assertThat(patch.dissent()).isNull();
    assertThat(patch.groups()).isNull();
    assertThat(JSON.writeValueAsString(patch))
        .doesNotContain("\"dissent\"", "\"groups\":{", "\"statement\":\"s2\"");
  }

  @Test
  void viewsThatNameAStatementTwiceInAListGoWhole() {
    var entry = scored("s1", 1, 0.5);
    var old = view(1, List.of(), List.of(entry), List.of());
    var twice = view(2, List.of(), List.of(entry, scored("s1", 2, 0.1)), List.of());

    assertThat(SynthesisPatch.between(1, 2, old, twice)).isEmpty();
    assertThat(SynthesisPatch.between(1, 2, twice, old)).isEmpty();
  }

  /** A random view, or one made from {@code base} by random changes: entries kept, changed, moved, added, removed. */
  private static SynthesisView view(SplittableRandom random, SynthesisView base) {
    var groups = new ArrayList<GroupView>();
    var labels = List.of("A", "B", "C", "D");
    for (var label : labels) {
      var was =
          base == null
              ? null
              : base.groups().stream().filter(g -> g.id().equals(label)).findFirst().orElse(null);
      if (random.nextInt(4) == 0 || (was == null && random.nextBoolean())) {
        continue;
      }
      int size = was != null && random.nextBoolean() ? was.size() : random.nextInt(1, 50);
      groups.add(
          new GroupView(label, size, list(random, was == null ? List.of() : was.representative())));
    }
    if (random.nextBoolean()) {
      Collections.shuffle(groups, new Random(random.nextLong()));
    }
    return new SynthesisView(
        "p1",
        base == null ? random.nextInt(100) : base.position() + random.nextInt(1, 5),
        Instant.ofEpochSecond(random.nextInt(1_000_000)),
        null,
        random.nextBoolean() ? "DELIBERATION" : "SYNTHESIS",
        random.nextInt(100),
        random.nextLong(1000),
        groups,
        list(random, base == null ? List.of() : base.consensus()),
        list(random, base == null ? List.of() : base.sharedDisagreement()),
        list(random, base == null ? List.of() : base.dissent()),
        list(random, base == null ? List.of() : base.uncertain()));
  }

  private static List<ScoredStatement> list(SplittableRandom random, List<ScoredStatement> base) {
    var out = new ArrayList<ScoredStatement>();
    for (var entry : base) {
      switch (random.nextInt(4)) {
        case 0 -> {} // left the list
        case 1 -> out.add(scored(entry.statement(), random.nextInt(20), random.nextDouble()));
        default -> out.add(entry);
      }
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      var id = "s" + random.nextInt(30);
      if (out.stream().noneMatch(entry -> entry.statement().equals(id))) {
        out.add(
            random.nextInt(out.size() + 1), scored(id, random.nextInt(20), random.nextDouble()));
      }
    }
    if (random.nextInt(3) == 0) {
      Collections.shuffle(out, new Random(random.nextLong()));
    }
    return out;
  }

  private static ScoredStatement scored(String id, int agree, double score) {
    return new ScoredStatement(
        id,
        agree % 5 == 0 ? null : "Statement " + id,
        "CONTRIBUTION",
        agree,
        agree / 2,
        1,
        score,
        List.of(new GroupTally("A", agree, 0, 1)),
        agree % 3 == 0 ? null : score / 2);
  }

  private static SynthesisView view(
      long position,
      List<GroupView> groups,
      List<ScoredStatement> consensus,
      List<ScoredStatement> dissent) {
    return new SynthesisView(
        "p1",
        position,
        Instant.EPOCH,
        null,
        "DELIBERATION",
        3,
        9,
        groups,
        consensus,
        List.of(),
        dissent,
        List.of());
  }
}
