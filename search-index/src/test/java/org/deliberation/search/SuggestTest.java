package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestTest extends IndexTest {

  @BeforeEach
  void someTitles() throws IOException {
    given(
        Events.projectCreated("p1", "Salle de sport", "Faut-il une salle de sport ?"),
        Events.projectCreated(
            "p2", "Sports hall for the north district", "Should the north get a hall?"),
        Events.projectCreated("p3", "École du centre", "Rénover l'école ?"),
        Events.projectCreated("p4", "Sports hall for the north district", "The same title again"),
        Events.pageCreated("p1", "context", "## Spending\nMoney."),
        Events.statement("p1", "s1", "Sporting events bring visitors"),
        Events.statement("p1", "hidden", "Sport is a waste"),
        Events.hidden("p1", "hidden"));
  }

  @Test
  void suggestsTitlesWithAWordStartingWithWhatIsTyped() {
    assertThat(titles("spo", 10))
        .containsExactly(
            "Salle de sport",
            "Sporting events bring visitors",
            "Sports hall for the north district");
  }

  @Test
  void matchesEarlierWordsWhole() {
    assertThat(titles("salle de sp", 10)).containsExactly("Salle de sport");
    assertThat(titles("sports hall for the no", 10))
        .containsExactly("Sports hall for the north district");
    assertThat(titles("sal sp", 10)).isEmpty();
  }

  @Test
  void ignoresCaseAccentsAndElisions() {
    assertThat(titles("ECO", 10)).containsExactly("École du centre");
    assertThat(titles("l'éc", 10)).containsExactly("École du centre");
  }

  @Test
  void findsPageSectionsByPageNameOrHeading() {
    assertThat(index.suggest("spen", 10))
        .singleElement()
        .satisfies(
            suggestion -> {
              assertThat(suggestion.title()).isEqualTo("context › Spending");
              assertThat(suggestion.type()).isEqualTo(DocumentType.PAGE);
              assertThat(suggestion.project()).isEqualTo("p1");
              assertThat(suggestion.id()).isEqualTo("context#spending");
            });
  }

  @Test
  void givesEachTitleOnceAndNoMoreThanTheLimit() {
    assertThat(titles("north", 10)).containsExactly("Sports hall for the north district");
    assertThat(titles("s", 2)).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void suggestsNothingForNothing() {
    assertThat(index.suggest("", 10)).isEmpty();
    assertThat(index.suggest(" !? ", 10)).isEmpty();
  }

  @Test
  void refusesALimitOutOfRangeOrAHugePrefix() {
    assertThatThrownBy(() -> index.suggest("spo", 0)).isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> index.suggest("spo", 21)).isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> index.suggest("s".repeat(501), 5))
        .isInstanceOf(BadQueryException.class);
  }

  private List<String> titles(String prefix, int limit) {
    return index.suggest(prefix, limit).stream().map(Suggestion::title).toList();
  }
}
