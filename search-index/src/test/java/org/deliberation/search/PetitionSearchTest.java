package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Petitions are found beside projects, in no project, and hidden by moderation like statements. */
class PetitionSearchTest extends IndexTest {

  @Test
  void findsAPetitionByItsTitleAndTextInNoProject() throws IOException {
    given(
        Events.projectCreated("p1", "Swimming pool", "Should the pool open later?"),
        Events.petitionOpened(
            "pet1", "Keep the pool open", "Open the **swimming** pool until 10pm."));

    var results = index.search(SearchQuery.of("swimming"));

    assertThat(results.items())
        .extracting(SearchHit::id, SearchHit::type, SearchHit::project)
        .containsExactlyInAnyOrder(
            tuple("p1", DocumentType.PROJECT, "p1"), tuple("pet1", DocumentType.PETITION, null));
    assertThat(results.types()).containsEntry(DocumentType.PETITION, 1L);
    // A petition is counted in no project's facet, and a project filter leaves it out.
    assertThat(results.projects()).containsExactly(Map.entry("p1", 1L));
    assertThat(ids(new SearchQuery("swimming", Set.of("p1"), Set.of(), null, 20, null)))
        .containsExactly("p1");
    assertThat(
            ids(new SearchQuery("pool", Set.of(), Set.of(DocumentType.PETITION), null, 20, null)))
        .containsExactly("pet1");
  }

  @Test
  void hidesAHiddenPetitionUntilItIsRestoredAndLeavesStatementsAlone() throws IOException {
    given(
        Events.petitionOpened("s1", "A petition about the mayor", "The mayor should resign."),
        Events.statement("p1", "s1", "The mayor should answer"),
        Events.petitionHidden("s1"));

    // The statement and the petition share an id, not a key: hiding one leaves the other.
    assertThat(index.search(SearchQuery.of("mayor")).items())
        .extracting(SearchHit::type)
        .containsExactly(DocumentType.STATEMENT);

    given(Events.petitionRestored("s1"));

    assertThat(index.search(SearchQuery.of("mayor")).total()).isEqualTo(2);
  }

  @Test
  void suggestsAPetitionsTitle() throws IOException {
    given(Events.petitionOpened("pet1", "Library on Sundays", "Open it."));

    assertThat(index.suggest("libr", 5))
        .extracting(Suggestion::id, Suggestion::type)
        .containsExactly(tuple("pet1", DocumentType.PETITION));
  }
}
