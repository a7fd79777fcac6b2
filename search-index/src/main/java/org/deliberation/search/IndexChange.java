package org.deliberation.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.petition.PetitionId;

/**
 * One change to the index. Each applies by key, so applying a change twice equals applying it once, and replaying
 * events after the last commit is harmless.
 */
public sealed interface IndexChange {

  /** Puts a project or a statement in place of any document with its key. Its flags start clear. */
  record Upsert(IndexDocument document) implements IndexChange {}

  /**
   * Deletes every section of a page and adds these instead: a page is indexed as its current revision only, and an
   * edit may add, remove or rename sections.
   */
  record ReplacePage(PageId page, List<IndexDocument> sections) implements IndexChange {

    public ReplacePage {
      sections = List.copyOf(sections);
      for (var section : sections) {
        if (!page.equals(section.page())) {
          throw new IllegalArgumentException(
              "a section of " + section.page() + " cannot replace " + page);
        }
      }
    }
  }

  /**
   * Gives a statement its author's new text, in place of the old one: the old words are found no more. Its topics
   * and flags stay; a statement not in the index is left alone.
   */
  record ReplaceText(StatementId statement, String title, String text) implements IndexChange {}

  /** Takes a statement its author withdrew out of the index: no search finds it any more. */
  record Remove(StatementId statement) implements IndexChange {}

  /** Hides a statement from every search, or shows it again; its text stays indexed, so a restore needs none. */
  record SetHidden(StatementId statement, boolean hidden) implements IndexChange {}

  /** Hides a petition from every search, or shows it again, as a moderator decided. */
  record SetPetitionHidden(PetitionId petition, boolean hidden) implements IndexChange {}

  /**
   * Hides every document written by a participant, for good. {@link IndexMapping} no longer makes it: an erased
   * participant's statements stay searchable, as everywhere else. Kept so that the flag has one writer.
   */
  record MarkAuthorErased(ParticipantId author) implements IndexChange {}

  /**
   * Gives every statement and viewpoint of a project exactly the topics of its latest generation, none if it is not
   * listed, and keeps the topics' labels for the facet. A generation replaces the whole assignment of its project,
   * so applying one twice, or an older one then the latest, ends the same.
   *
   * @param topics statement id to its topic ids, sorted and without repeats
   * @param labels topic id to its label, for every topic of the generation
   */
  record SetTopics(ProjectId project, Map<String, List<String>> topics, Map<String, String> labels)
      implements IndexChange {

    public SetTopics {
      var sorted = new TreeMap<String, List<String>>();
      topics.forEach(
          (statement, ids) -> sorted.put(statement, ids.stream().distinct().sorted().toList()));
      topics = Collections.unmodifiableMap(sorted);
      labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }
  }
}
