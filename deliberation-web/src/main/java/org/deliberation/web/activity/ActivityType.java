package org.deliberation.web.activity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.page.event.PageReverted;
import org.deliberation.core.petition.event.PetitionAnswered;
import org.deliberation.core.petition.event.PetitionClosed;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.petition.event.ProjectOpenedFromPetition;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.core.project.event.CommitmentRecorded;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ReadabilityTargetSet;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.project.event.VotesInvalidated;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;

/**
 * The {@code type} of an activity item, as the API names it: one per kind of event the feed shows. The names are
 * declared here, not taken from the Java classes: they began as the events' class names and are part of the API now,
 * so renaming an event class must not change them.
 */
public enum ActivityType {
  PROJECT_CREATED("ProjectCreated", ProjectCreated.class),
  STAGE_CHANGED("StageChanged", StageChanged.class),
  RESPONSE_PUBLISHED("ResponsePublished", ResponsePublished.class),
  VOTES_INVALIDATED("VotesInvalidated", VotesInvalidated.class),
  INVALIDATION_REVERSED("InvalidationReversed", InvalidationReversed.class),
  READABILITY_TARGET_SET("ReadabilityTargetSet", ReadabilityTargetSet.class),
  PAGE_CREATED("PageCreated", PageCreated.class),
  PAGE_EDITED("PageEdited", PageEdited.class),
  PAGE_REVERTED("PageReverted", PageReverted.class),
  STATEMENT_POSTED("StatementPosted", StatementPosted.class),
  STATEMENT_HIDDEN("StatementHidden", StatementHidden.class),
  STATEMENT_RESTORED("StatementRestored", StatementRestored.class),
  STATEMENT_FLAGGED("StatementFlagged", StatementFlagged.class),
  COMMITMENT_RECORDED("CommitmentRecorded", CommitmentRecorded.class),
  STATEMENT_EDITED("StatementEdited", StatementEdited.class),
  STATEMENT_WITHDRAWN("StatementWithdrawn", StatementWithdrawn.class),
  PETITION_OPENED("PetitionOpened", PetitionOpened.class),
  THRESHOLD_REACHED("ThresholdReached", ThresholdReached.class),
  PETITION_ANSWERED("PetitionAnswered", PetitionAnswered.class),
  PETITION_CLOSED("PetitionClosed", PetitionClosed.class),
  PROJECT_OPENED_FROM_PETITION("ProjectOpenedFromPetition", ProjectOpenedFromPetition.class),
  PETITION_HIDDEN("PetitionHidden", PetitionHidden.class),
  PETITION_RESTORED("PetitionRestored", PetitionRestored.class),
  SIGNATURES_INVALIDATED("SignaturesInvalidated", SignaturesInvalidated.class);

  private static final Map<Class<?>, ActivityType> BY_EVENT = new HashMap<>();

  static {
    for (var type : values()) {
      BY_EVENT.put(type.event, type);
    }
  }

  private final String wireName;
  private final Class<?> event;

  ActivityType(String wireName, Class<?> event) {
    this.wireName = wireName;
    this.event = event;
  }

  /** The name the API gives it ({@code "type": "PageEdited"}). */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** The class of the events of this type. */
  public Class<?> event() {
    return event;
  }

  /** The type of the events of a class the feed shows; one it does not show has none, a programming error here. */
  public static ActivityType of(Class<?> event) {
    var type = BY_EVENT.get(event);
    if (type == null) {
      throw new IllegalArgumentException("the activity feed declares no type for " + event);
    }
    return type;
  }
}
