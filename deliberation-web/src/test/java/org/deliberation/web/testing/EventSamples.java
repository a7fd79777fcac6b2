package org.deliberation.web.testing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.core.follow.event.FollowStarted;
import org.deliberation.core.follow.event.FollowStopped;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.page.event.PageReverted;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.participant.event.ParticipantRegistered;
import org.deliberation.core.participant.event.RolesChanged;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;
import org.deliberation.core.petition.ThresholdName;
import org.deliberation.core.petition.Thresholds;
import org.deliberation.core.petition.event.AuthorityCreated;
import org.deliberation.core.petition.event.PetitionAnswered;
import org.deliberation.core.petition.event.PetitionClosed;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.petition.event.PetitionSigned;
import org.deliberation.core.petition.event.ProjectOpenedFromPetition;
import org.deliberation.core.petition.event.SignatureWithdrawn;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.core.project.Decision;
import org.deliberation.core.project.Language;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.CommitmentRecorded;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ReadabilityTargetSet;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.project.event.VotesInvalidated;
import org.deliberation.core.readability.ReadingLevel;
import org.deliberation.core.statement.AuthorRole;
import org.deliberation.core.statement.RelatesTo;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.Stance;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.ParticipantImported;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.core.topic.Topic;
import org.deliberation.core.topic.event.TopicsRecorded;

/**
 * One fixed sample of every event the core defines, with every field set to something recognisable (sets in a fixed
 * order, so that their JSON is too). A new event needs one here: the golden tests of the stored events fail until it
 * has.
 */
public final class EventSamples {

  public static final ProjectId PROJECT = new ProjectId("6f1c2d3e-0000-4000-8000-000000000001");
  public static final ParticipantId AUTHOR =
      new ParticipantId("6f1c2d3e-0000-4000-8000-0000000000a1");
  public static final ParticipantId OTHER_AUTHOR =
      new ParticipantId("6f1c2d3e-0000-4000-8000-0000000000a3");
  public static final ParticipantId MODERATOR =
      new ParticipantId("6f1c2d3e-0000-4000-8000-0000000000a2");
  public static final StatementId STATEMENT =
      new StatementId("6f1c2d3e-0000-4000-8000-0000000000b1");
  public static final StatementId OTHER_STATEMENT =
      new StatementId("6f1c2d3e-0000-4000-8000-0000000000b2");
  public static final PageId PAGE = new PageId(PROJECT, "Budget");
  public static final Instant AT = Instant.parse("2024-05-01T10:15:30.123456789Z");
  public static final AuthorityId AUTHORITY =
      new AuthorityId("6f1c2d3e-0000-4000-8000-0000000000c1");
  public static final PetitionId PETITION = new PetitionId("6f1c2d3e-0000-4000-8000-0000000000d1");

  /** The samples by their class, in a stable order. */
  public static Map<Class<?>, Object> all() {
    var samples = new LinkedHashMap<Class<?>, Object>();
    for (var sample :
        List.of(
            new ProjectCreated(
                PROJECT,
                "sports-hall",
                "A sports hall",
                "Should the town build it?",
                "Town council",
                Language.en,
                AUTHOR,
                PETITION.value()),
            new StageChanged(
                PROJECT, Stage.DRAFT, Stage.DELIBERATION, "Open for a month", MODERATOR),
            new ResponsePublished(PROJECT, "response-1", "The council **agrees**.", AUTHOR),
            new VotesInvalidated(
                PROJECT,
                "invalidation-1",
                List.of(AUTHOR, OTHER_AUTHOR),
                "Twenty accounts voting in lockstep.",
                MODERATOR,
                AT),
            new InvalidationReversed(PROJECT, "invalidation-1", MODERATOR, AT),
            new ReadabilityTargetSet(PROJECT, ReadingLevel.STANDARD, MODERATOR),
            new PageCreated(PAGE, 1, "# Budget\n\nTwo million.", "first draft", AUTHOR),
            new PageEdited(PAGE, 3, 2, "# Budget\n\nThree million.", "new estimate", AUTHOR, true),
            new PageReverted(
                PAGE, 4, 1, "# Budget\n\nTwo million.", "back to the first draft", MODERATOR),
            new ParticipantRegistered(AUTHOR, EnumSet.of(Role.CITIZEN, Role.EXPERT)),
            new RolesChanged(
                AUTHOR,
                EnumSet.of(Role.CITIZEN),
                EnumSet.of(Role.CITIZEN, Role.MODERATOR),
                MODERATOR),
            new ParticipantErased(AUTHOR, AUTHOR),
            new StatementPosted(
                STATEMENT,
                PROJECT,
                "Build it near the school.",
                StatementKind.VIEWPOINT,
                Stance.FOR,
                List.of("https://example.org/plan"),
                new RelatesTo(OTHER_STATEMENT, Relation.SUPPORTS),
                "Children walk there",
                AT,
                "polis-17",
                AUTHOR,
                AuthorRole.EXPERT),
            new StatementFlagged(STATEMENT, PROJECT, "off topic", MODERATOR),
            new StatementHidden(STATEMENT, PROJECT, "Insults are not allowed.", MODERATOR),
            new StatementRestored(STATEMENT, PROJECT, "On appeal.", MODERATOR),
            new VoteCast(PROJECT, STATEMENT, AUTHOR, Vote.AGREE, AT),
            new ParticipantImported(PROJECT, AUTHOR, "polis:biodiversity", "42"),
            new TopicsRecorded(
                PROJECT,
                2,
                AT,
                "9f2c",
                4,
                List.of(
                    new Topic(
                        "t1", "bus lanes", List.of(STATEMENT.value(), OTHER_STATEMENT.value())),
                    new Topic("t3", "school calendar", List.of(OTHER_STATEMENT.value())))),
            new FollowStarted(AUTHOR, FollowTarget.project(PROJECT.value()), true),
            new FollowStopped(
                AUTHOR, FollowTarget.petition("6f1c2d3e-0000-4000-8000-0000000000c1")),
            new AuthorityCreated(AUTHORITY, "Town council", new Thresholds(100, 1000), MODERATOR),
            new PetitionOpened(
                PETITION,
                AUTHORITY,
                "Town council",
                new Thresholds(100, 1000),
                "Bus lanes on the high street",
                "Paint **two** lanes.",
                Language.en,
                AUTHOR,
                AT),
            new PetitionSigned(PETITION, OTHER_AUTHOR, "SW1A", 100, AT),
            new SignatureWithdrawn(PETITION, OTHER_AUTHOR, "SW1A", 99, AT),
            new ThresholdReached(PETITION, AUTHORITY, ThresholdName.RESPONSE, 100, AT),
            new PetitionAnswered(PETITION, AUTHORITY, "The council **agrees**.", AUTHOR, AT),
            new PetitionClosed(PETITION, "Six months passed.", MODERATOR, AT),
            new ProjectOpenedFromPetition(PETITION, AUTHORITY, PROJECT, AUTHOR, AT),
            new PetitionHidden(PETITION, "Insults are not allowed.", MODERATOR),
            new PetitionRestored(PETITION, "On appeal.", MODERATOR),
            new SignaturesInvalidated(
                PETITION,
                "invalidation-1",
                List.of(AUTHOR, OTHER_AUTHOR),
                List.of(OTHER_AUTHOR),
                "Twenty accounts from one address.",
                MODERATOR,
                98,
                AT),
            new CommitmentRecorded(
                PROJECT, STATEMENT, Decision.TAKEN_UP, "In next year's budget.", MODERATOR, AT),
            new StatementEdited(STATEMENT, PROJECT, "Build it near the park.", AUTHOR, AT),
            new StatementWithdrawn(STATEMENT, PROJECT, AUTHOR, AT))) {
      samples.put(sample.getClass(), sample);
    }
    return samples;
  }

  private EventSamples() {}
}
