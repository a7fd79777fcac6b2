package org.deliberation.web.activity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.page.event.PageReverted;
import org.deliberation.core.participant.event.ParticipantErased;
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
import org.deliberation.core.project.event.ProjectEvent;
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
import org.deliberation.web.testing.EventSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The activity feed's {@code type}s are declared API names, today's, and never the Java classes' names. */
class ActivityTypeTest {

  /** The types the feed published when they were still the events' class names: the values clients know. */
  private static final Map<Class<?>, String> PUBLISHED =
      Map.ofEntries(
          Map.entry(ProjectCreated.class, "ProjectCreated"),
          Map.entry(StageChanged.class, "StageChanged"),
          Map.entry(ResponsePublished.class, "ResponsePublished"),
          Map.entry(PageCreated.class, "PageCreated"),
          Map.entry(PageEdited.class, "PageEdited"),
          Map.entry(PageReverted.class, "PageReverted"),
          Map.entry(StatementPosted.class, "StatementPosted"),
          Map.entry(StatementHidden.class, "StatementHidden"),
          Map.entry(StatementRestored.class, "StatementRestored"),
          Map.entry(StatementFlagged.class, "StatementFlagged"),
          Map.entry(VotesInvalidated.class, "VotesInvalidated"),
          Map.entry(InvalidationReversed.class, "InvalidationReversed"),
          Map.entry(ReadabilityTargetSet.class, "ReadabilityTargetSet"),
          Map.entry(CommitmentRecorded.class, "CommitmentRecorded"),
          Map.entry(StatementEdited.class, "StatementEdited"),
          Map.entry(StatementWithdrawn.class, "StatementWithdrawn"),
          Map.entry(PetitionOpened.class, "PetitionOpened"),
          Map.entry(ThresholdReached.class, "ThresholdReached"),
          Map.entry(PetitionAnswered.class, "PetitionAnswered"),
          Map.entry(PetitionClosed.class, "PetitionClosed"),
          Map.entry(ProjectOpenedFromPetition.class, "ProjectOpenedFromPetition"),
          Map.entry(PetitionHidden.class, "PetitionHidden"),
          Map.entry(PetitionRestored.class, "PetitionRestored"),
          Map.entry(SignaturesInvalidated.class, "SignaturesInvalidated"));

  /** Handled, but not shown: an erasure changes the names in the feed. */
  private static final Set<Class<?>> NOT_SHOWN = Set.of(ParticipantErased.class);

  @Test
  void everyEventTheFeedShowsHasADeclaredTypeNamedAsBefore() {
    assertThat(shownEvents()).containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());
    for (var type : ActivityType.values()) {
      assertThat(type.wireName())
          .as("the type of %s", type.event())
          .isEqualTo(PUBLISHED.get(type.event()));
      assertThat(ActivityType.of(type.event())).isEqualTo(type);
    }
    assertThat(ActivityType.values()).hasSize(PUBLISHED.size());
  }

  @Test
  void theFeedSendsTheDeclaredNameAsTheItemsType() {
    var names = new AuthorNames();
    var feed = new ActivityFeed(names);
    var petitions = new PetitionActivity(feed, names);
    long position = 0;
    for (var event : EventSamples.all().values()) {
      var token = new GlobalSequenceTrackingToken(position++);
      switch (event) {
        case ProjectEvent project -> feed.on(project, EventSamples.AT, token);
        case PageEvent page -> feed.on(page, EventSamples.AT, token);
        case StatementPosted posted -> feed.on(posted, EventSamples.AT, token);
        case StatementHidden hidden -> feed.on(hidden, EventSamples.AT, token);
        case StatementRestored restored -> feed.on(restored, EventSamples.AT, token);
        case StatementFlagged flagged -> feed.on(flagged, EventSamples.AT, token);
        case StatementEdited edited -> feed.on(edited, EventSamples.AT, token);
        case StatementWithdrawn withdrawn -> feed.on(withdrawn, EventSamples.AT, token);
        case PetitionOpened opened -> petitions.on(opened, EventSamples.AT, token);
        case ThresholdReached reached -> petitions.on(reached, EventSamples.AT, token);
        case PetitionAnswered answered -> petitions.on(answered, EventSamples.AT, token);
        case PetitionClosed closed -> petitions.on(closed, EventSamples.AT, token);
        case ProjectOpenedFromPetition opened -> petitions.on(opened, EventSamples.AT, token);
        case PetitionHidden hidden -> petitions.on(hidden, EventSamples.AT, token);
        case PetitionRestored restored -> petitions.on(restored, EventSamples.AT, token);
        case SignaturesInvalidated invalidated -> petitions.on(invalidated, EventSamples.AT, token);
        default -> {} // not in the feed
      }
    }
    var json = JsonMapper.builder().build();
    var types =
        feed.subscribe(null, null, 100, 100)
            .take(PUBLISHED.size())
            .map(item -> json.readTree(json.writeValueAsString(item)).get("type").asString())
            .collectList()
            .block(Duration.ofSeconds(10));

    assertThat(types).containsExactlyInAnyOrderElementsOf(PUBLISHED.values());
  }

  @Test
  void noNameComesFromAJavaClass() {
    // What the feed publishes must survive renaming an event class: nothing in it may ask a class
    // for its name.
    noClasses()
        .should()
        .callMethod(Class.class, "getSimpleName")
        .orShould()
        .callMethod(Class.class, "getName")
        .orShould()
        .callMethod(Class.class, "getCanonicalName")
        .orShould()
        .callMethod(Class.class, "getTypeName")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.deliberation.web.activity"));
  }

  /** The concrete events the feed's handlers take, their sealed families expanded, less those it does not show. */
  private static Set<Class<?>> shownEvents() {
    var shown = new HashSet<Class<?>>();
    for (var feed : List.of(ActivityFeed.class, PetitionActivity.class)) {
      for (var method : feed.getDeclaredMethods()) {
        if (method.isAnnotationPresent(EventHandler.class)) {
          addConcrete(method.getParameterTypes()[0], shown);
        }
      }
    }
    shown.removeAll(NOT_SHOWN);
    return shown;
  }

  private static void addConcrete(Class<?> type, Set<Class<?>> into) {
    if (type.isSealed()) {
      Arrays.stream(type.getPermittedSubclasses()).forEach(sub -> addConcrete(sub, into));
    } else {
      into.add(type);
    }
  }

  /** Names every author alike, without a store. */
  private static final class AuthorNames extends org.deliberation.web.participant.AuthorNames {

    AuthorNames() {
      super(null);
    }

    @Override
    public String of(ParticipantId author) {
      return "Ada";
    }
  }
}
