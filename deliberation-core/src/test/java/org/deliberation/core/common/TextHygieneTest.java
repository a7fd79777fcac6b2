package org.deliberation.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextHygieneTest {

  @Test
  void normalizesToNfc() {
    assertThat(TextHygiene.nfc("Cafe\u0301 Zoe\u0308")).isEqualTo("Café Zoë");
    assertThat(TextHygiene.cleaned("Cafe\u0301")).isEqualTo("Café");
  }

  @Nested
  class Labels {

    @ParameterizedTest
    @ValueSource(
        ints = {
          0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
          0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x3164, 0xE0041, 0x0000, 0x0007, 0x001B,
          0x007F, 0x0085, 0x000A, 0x0009, 0x2028
        })
    void refuseEveryInvisibleDirectionChangingOrControlCharacter(int codePoint) {
      var name = "Ann" + Character.toString(codePoint) + "e";

      assertThat(TextHygiene.refusal(name, false)).isPresent();
    }

    @Test
    void sayWhichCharacterWhereAndWhy() {
      assertThat(TextHygiene.refusal("Admin\u202Enimda", false))
          .contains(
              "must not hold U+202E RIGHT-TO-LEFT "
                  + "OVERRIDE (character 6): it changes the direction in which the text around it is shown, so the text can "
                  + "read as something else; type it again without it");
      assertThat(TextHygiene.refusal("Ann\u200Be", false).orElseThrow())
          .contains("U+200B ZERO WIDTH SPACE", "invisible");
    }

    @Test
    void takeEveryScriptAccentsAndEmoji() {
      for (var name :
          new String[] {
            "Zoë Müller-Łukasiewicz", "محمد رضا", "שרה", "李小龍", "Ngọc Ánh", "Ana 🌻", "O'Brien, Jr."
          }) {
        assertThat(TextHygiene.refusal(name, false)).as(name).isEmpty();
      }
    }

    @Test
    void aMultilineLabelMayHoldNewlinesAndTabsButNothingElse() {
      assertThat(TextHygiene.refusal("Should we?\r\nAnd\twhen?", true)).isEmpty();
      assertThat(TextHygiene.refusal("Should we?\nAnd\u202Ewhen?", true)).isPresent();
      assertThat(TextHygiene.refusal("Should we?\nAnd when?", false)).isPresent();
    }
  }

  @Nested
  class FreeText {

    @Test
    void losesItsInvisibleDirectionChangingAndControlCharacters() {
      assertThat(TextHygiene.cleaned("Vote for \u202Egro.elpmaxe\u202C now"))
          .isEqualTo("Vote for gro.elpmaxe now");
      assertThat(TextHygiene.cleaned("\uFEFFi\u200Bdi\u2060ot\u00AD \u2066x\u2069\u200E"))
          .isEqualTo("idiot x");
      assertThat(TextHygiene.cleaned("bell\u0007 escape\u001B[31m null\u0000"))
          .isEqualTo("bell escape[31m null");
      assertThat(TextHygiene.cleaned("pa\u200Cy\u200Dpal")).isEqualTo("paypal");
      assertThat(TextHygiene.cleaned("hidden\uDB40\uDC41\uDB40\uDC42 tags"))
          .isEqualTo("hidden tags");
    }

    @Test
    void keepsItsLinesAndTabs() {
      assertThat(TextHygiene.cleaned("one\r\ntwo\rthree\u2028four\n\tfive"))
          .isEqualTo("one\ntwo\nthree\nfour\n\tfive");
    }

    @Test
    void keepsTheJoinersOfEmojiSequences() {
      var technologist = "\uD83D\uDC69\u200D\uD83D\uDCBB"; // 👩‍💻
      var rainbowFlag = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08"; // 🏳️‍🌈
      var astronaut = "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDE80"; // 👩🏽‍🚀
      var family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧
      var scotland =
          "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";
      for (var emoji : new String[] {technologist, rainbowFlag, astronaut, family, scotland}) {
        var text = "We agree " + emoji + "!";
        assertThat(TextHygiene.cleaned(text)).as(text).isEqualTo(text);
      }
      assertThat(TextHygiene.cleaned("\uD83D\uDC69\u200D\u200D\uD83D\uDCBB"))
          .isEqualTo(technologist);
      assertThat(TextHygiene.cleaned("a\u200D\uD83D\uDCBB")).isEqualTo("a\uD83D\uDCBB");
    }

    @Test
    void keepsTheJoinersOfScriptsThatWriteWithThem() {
      var persian = "می\u200Cخواهم"; // "I want", with its non-joiner
      var hindi = "क्\u200Dष"; // a half form made with a joiner
      assertThat(TextHygiene.cleaned(persian)).isEqualTo(persian);
      assertThat(TextHygiene.cleaned(hindi)).isEqualTo(hindi);
      assertThat(TextHygiene.cleaned("ми\u200Cр")).isEqualTo("мир");
    }

    @Test
    void leavesCleanTextAsItIs() {
      var text = "L'école doit ouvrir à 8 h.\n\n— « Oui », dit-elle ; 50 % d'accord.";
      assertThat(TextHygiene.cleaned(text)).isEqualTo(text);
    }
  }
}
