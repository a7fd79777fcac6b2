package org.deliberation.web.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationKindTest {

  @Test
  void everyKindHasBothTextsWithItsArgumentsInPlace() {
    for (var kind : NotificationKind.values()) {
      for (var language : List.of("en", "fr")) {
        var text = kind.text(language, List.of("TITLE", "SECOND"));
        assertThat(text).as("%s in %s", kind, language).contains("TITLE").doesNotContain("{0}");
      }
      assertThat(kind.text("fr", List.of("t", "r")))
          .isNotEqualTo(kind.text("en", List.of("t", "r")));
    }
  }

  @Test
  void anArgumentIsWrittenAsGivenEvenWhenItLooksLikeAPlaceholder() {
    assertThat(NotificationKind.STATEMENT_HIDDEN.text("en", List.of("{1}", "a {0} b")))
        .isEqualTo("A moderator hid your statement in “{1}”. The reason: a {0} b");
  }

  @Test
  void stagesAreNamedInTheReadersWords() {
    assertThat(NotificationKind.STAGE_CHANGED.text("fr", List.of("Salle", "SYNTHESIS")))
        .isEqualTo("« Salle » est passé à l’étape : Synthèse.");
    assertThat(NotificationKind.STAGE_CHANGED.text("en", List.of("Hall", "DECIDED")))
        .isEqualTo("“Hall” moved to the stage: Decided.");
    // A stage this version does not know is shown as stored.
    assertThat(NotificationKind.STAGE_CHANGED.text("en", List.of("Hall", "ARCHIVED")))
        .isEqualTo("“Hall” moved to the stage: ARCHIVED.");
  }

  @Test
  void decisionsOnAPointAreNamedInTheReadersWords() {
    assertThat(
            NotificationKind.DECISION_RECORDED.text(
                "fr", List.of("Salle", "TAKEN_UP", "Au budget 2027.")))
        .isEqualTo(
            "L’autorité a répondu à un point de « Salle » : retenu. Motif : Au budget 2027.");
    assertThat(NotificationKind.DECISION_RECORDED.text("en", List.of("Hall", "DEFERRED", "Later.")))
        .isEqualTo("The authority answered a point of “Hall”: deferred. The reason: Later.");
  }

  @Test
  void aKindStoredByANewerVersionReadsAsNone() {
    assertThat(NotificationKind.parse("SOMETHING_NEW")).isNull();
    assertThat(NotificationKind.parse("STAGE_CHANGED")).isEqualTo(NotificationKind.STAGE_CHANGED);
  }
}
