package org.deliberation.search;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;
import org.deliberation.core.petition.Thresholds;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.project.Language;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.topic.Topic;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.jspecify.annotations.Nullable;

/** Events of core with every field a test does not care about filled in. */
final class Events {

  static final ParticipantId ALICE = new ParticipantId("alice");
  static final ParticipantId BOB = new ParticipantId("bob");
  static final ParticipantId MODERATOR = new ParticipantId("moderator");
  static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

  private Events() {}

  static ProjectCreated projectCreated(String project, String title, String question) {
    return new ProjectCreated(
        new ProjectId(project),
        project + "-slug",
        title,
        question,
        "City council",
        Language.fr,
        ALICE);
  }

  static PageCreated pageCreated(String project, String page, String markdown) {
    return new PageCreated(new PageId(new ProjectId(project), page), 1, markdown, "first", ALICE);
  }

  static PageEdited pageEdited(String project, String page, int revision, String markdown) {
    return new PageEdited(
        new PageId(new ProjectId(project), page),
        revision,
        revision - 1,
        markdown,
        "edit",
        BOB,
        false);
  }

  static StatementPosted statement(String project, String id, String text) {
    return posted(project, id, text, StatementKind.CONTRIBUTION, null, ALICE);
  }

  static StatementPosted viewpoint(String project, String id, String text, Stance stance) {
    return posted(project, id, text, StatementKind.VIEWPOINT, stance, BOB);
  }

  static StatementPosted posted(
      String project,
      String id,
      String text,
      StatementKind kind,
      @Nullable Stance stance,
      ParticipantId author) {
    return new StatementPosted(
        new StatementId(id),
        new ProjectId(project),
        text,
        kind,
        stance,
        List.of(),
        null,
        null,
        NOW,
        null,
        author);
  }

  static StatementHidden hidden(String project, String id) {
    return new StatementHidden(new StatementId(id), new ProjectId(project), "abuse", MODERATOR);
  }

  static StatementRestored restored(String project, String id) {
    return new StatementRestored(
        new StatementId(id), new ProjectId(project), "fine after all", MODERATOR);
  }

  static ParticipantErased erased(ParticipantId participant) {
    return new ParticipantErased(participant, MODERATOR);
  }

  static TopicsRecorded topics(String project, int generation, Topic... topics) {
    return new TopicsRecorded(
        new ProjectId(project), generation, NOW, "digest" + generation, 10, List.of(topics));
  }

  static Topic topic(String id, String label, String... statements) {
    return new Topic(id, label, List.of(statements));
  }

  static PetitionOpened petitionOpened(String petition, String title, String text) {
    return new PetitionOpened(
        new PetitionId(petition),
        new AuthorityId("council"),
        "City council",
        new Thresholds(100, 1000),
        title,
        text,
        Language.en,
        ALICE,
        NOW);
  }

  static PetitionHidden petitionHidden(String petition) {
    return new PetitionHidden(new PetitionId(petition), "abuse", MODERATOR);
  }

  static PetitionRestored petitionRestored(String petition) {
    return new PetitionRestored(new PetitionId(petition), "fine after all", MODERATOR);
  }
}
