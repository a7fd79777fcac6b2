package org.deliberation.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.participant.event.ParticipantEvent;
import org.deliberation.core.participant.event.ParticipantRegistered;
import org.deliberation.core.participant.event.RolesChanged;
import org.deliberation.core.petition.event.PetitionAnswered;
import org.deliberation.core.petition.event.PetitionClosed;
import org.deliberation.core.petition.event.PetitionEvent;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.petition.event.PetitionSigned;
import org.deliberation.core.petition.event.ProjectOpenedFromPetition;
import org.deliberation.core.petition.event.SignatureWithdrawn;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.core.project.event.CommitmentRecorded;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ProjectEvent;
import org.deliberation.core.project.event.ReadabilityTargetSet;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.project.event.VotesInvalidated;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.deliberation.search.text.MarkdownText;
import org.deliberation.search.text.PageSections;
import org.deliberation.search.text.Titles;

/**
 * What each event of core changes in the index: a pure function, tested without Lucene, and the only place that knows
 * core's events.
 *
 * <p>The switches over core's sealed event families have no default, so a new event does not compile until it is
 * decided here whether search cares about it.
 */
public final class IndexMapping {

  /** Statements have no title; results and suggestions show their beginning, cut at a word. */
  static final int STATEMENT_TITLE_LENGTH = 100;

  /** Between a page's name and a section's heading in the section's title. */
  static final String TITLE_SEPARATOR = " › ";

  private IndexMapping() {}

  /** The changes an event makes, in order; none for an event search does not care about, or for any other object. */
  public static List<IndexChange> changesFor(Object event) {
    return switch (event) {
      case ProjectEvent project -> project(project);
      case PageEvent page -> List.of(page(page));
      case StatementEvent statement -> statement(statement);
      case ParticipantEvent participant -> participant(participant);
      case TopicsRecorded recorded -> List.of(topics(recorded));
      case PetitionEvent petition -> petition(petition);
      default -> List.of();
    };
  }

  private static List<IndexChange> project(ProjectEvent event) {
    return switch (event) {
      case ProjectCreated created ->
          List.of(
              new IndexChange.Upsert(
                  new IndexDocument(
                      created.projectId().value(),
                      DocumentType.PROJECT,
                      created.projectId(),
                      null,
                      created.title(),
                      MarkdownText.plain(created.question()),
                      null,
                      null)));
      case StageChanged changed -> List.of();
      case ResponsePublished published -> List.of();
      case VotesInvalidated invalidated -> List.of();
      case InvalidationReversed reversed -> List.of();
      case ReadabilityTargetSet target -> List.of();
      case CommitmentRecorded answer -> List.of();
    };
  }

  /** Every page event carries the whole text of the new revision, which replaces whatever was indexed. */
  private static IndexChange page(PageEvent event) {
    var page = event.pageId();
    var sections =
        PageSections.split(event.markdown()).stream()
            .map(
                section ->
                    new IndexDocument(
                        section.anchor().isEmpty()
                            ? page.name()
                            : page.name() + "#" + section.anchor(),
                        DocumentType.PAGE,
                        page.project(),
                        page,
                        section.heading() == null
                            ? page.name()
                            : page.name() + TITLE_SEPARATOR + section.heading(),
                        section.text(),
                        null,
                        null))
            .toList();
    return new IndexChange.ReplacePage(page, sections);
  }

  private static List<IndexChange> statement(StatementEvent event) {
    return switch (event) {
      case StatementPosted posted -> List.of(new IndexChange.Upsert(statement(posted)));
      case StatementHidden hidden -> List.of(new IndexChange.SetHidden(hidden.statementId(), true));
      case StatementRestored restored ->
          List.of(new IndexChange.SetHidden(restored.statementId(), false));
      case StatementFlagged flagged -> List.of();
      case StatementEdited edited -> {
        var text = MarkdownText.plain(edited.text());
        yield List.of(
            new IndexChange.ReplaceText(
                edited.statementId(), Titles.shorten(text, STATEMENT_TITLE_LENGTH), text));
      }
      case StatementWithdrawn withdrawn -> List.of(new IndexChange.Remove(withdrawn.statementId()));
      case VoteCast vote -> List.of();
    };
  }

  private static IndexDocument statement(StatementPosted posted) {
    var text = MarkdownText.plain(posted.text());
    return new IndexDocument(
        posted.statementId().value(),
        posted.kind() == StatementKind.VIEWPOINT ? DocumentType.VIEWPOINT : DocumentType.STATEMENT,
        posted.projectId(),
        null,
        Titles.shorten(text, STATEMENT_TITLE_LENGTH),
        text,
        posted.author(),
        posted.stance());
  }

  /** A generation is the whole assignment of its project: every statement it lists, with all its topics. */
  private static IndexChange topics(TopicsRecorded recorded) {
    var topics = new HashMap<String, TreeSet<String>>();
    var labels = new LinkedHashMap<String, String>();
    for (var topic : recorded.topics()) {
      labels.put(topic.id(), topic.label());
      for (var statement : topic.statements()) {
        topics.computeIfAbsent(statement, s -> new TreeSet<>()).add(topic.id());
      }
    }
    var assignment = new HashMap<String, List<String>>();
    topics.forEach((statement, ids) -> assignment.put(statement, List.copyOf(ids)));
    return new IndexChange.SetTopics(recorded.projectId(), assignment, labels);
  }

  /**
   * A petition is found by its title and text; a hidden one is found by no one, as on its lists. Signatures, answers
   * and thresholds change nothing that is searched.
   */
  private static List<IndexChange> petition(PetitionEvent event) {
    return switch (event) {
      case PetitionOpened opened ->
          List.of(
              new IndexChange.Upsert(
                  new IndexDocument(
                      opened.petitionId().value(),
                      DocumentType.PETITION,
                      null,
                      null,
                      opened.title(),
                      MarkdownText.plain(opened.text()),
                      opened.openedBy(),
                      null)));
      case PetitionHidden hidden ->
          List.of(new IndexChange.SetPetitionHidden(hidden.petitionId(), true));
      case PetitionRestored restored ->
          List.of(new IndexChange.SetPetitionHidden(restored.petitionId(), false));
      case PetitionSigned signed -> List.of();
      case SignatureWithdrawn withdrawn -> List.of();
      case ThresholdReached reached -> List.of();
      case PetitionAnswered answered -> List.of();
      case PetitionClosed closed -> List.of();
      case ProjectOpenedFromPetition opened -> List.of();
      case SignaturesInvalidated invalidated -> List.of();
    };
  }

  private static List<IndexChange> participant(ParticipantEvent event) {
    return switch (event) {
      // Erasure deletes a participant's personal data, not what they wrote: their statements stay
      // searchable, as a
      // former participant's, like everywhere else (DESIGN.md, "Personal data"). The index holds no
      // personal data.
      case ParticipantErased erased -> List.of();
      case ParticipantRegistered registered -> List.of();
      case RolesChanged changed -> List.of();
    };
  }
}
