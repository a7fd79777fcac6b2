package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.deliberation.web.deliberation.live.Events.contribution;
import static org.deliberation.web.deliberation.live.Events.hidden;
import static org.deliberation.web.deliberation.live.Events.viewpoint;

import java.util.List;
import java.util.Optional;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.junit.jupiter.api.Test;

class StatementViewsTest {

  private final StatementBoard board = new StatementBoard();
  private final VoteTally tally = new VoteTally();

  private StatementRecord post(
      org.deliberation.core.statement.event.StatementPosted event, String author) {
    var record = board.post(event, author, board.size());
    tally.added();
    return record;
  }

  @Test
  void aShownStatementShowsEverythingButAnErasedAuthorsId() {
    var record = post(viewpoint("v1", "It costs too much.", null, null), "Eve");
    tally.count(0, "v1", "ann", Vote.AGREE.value(), 0);

    var view = StatementViews.live(Events.PROJECT, record, board, tally, false);

    assertThat(view.text()).isEqualTo("It costs too much.");
    assertThat(view.stance()).isEqualTo("AGAINST");
    assertThat(view.sources()).containsExactly("https://example.org/study");
    assertThat(view.interests()).isEqualTo("Paid by the hall's builder");
    assertThat(view.author()).isEqualTo("author-of-v1");
    assertThat(view.authorName()).isEqualTo("Eve");
    assertThat(view.counts()).isEqualTo(new Tally(1, 0, 0));

    board.authorErased("author-of-v1", "a former participant");
    var erased = StatementViews.live(Events.PROJECT, record, board, tally, false);
    assertThat(erased.author()).isNull();
    assertThat(erased.authorName()).isEqualTo("a former participant");
    assertThat(erased.text()).isEqualTo("It costs too much.");
  }

  @Test
  void aStatementShowsItsBridgingScoreOnceTheSynthesisFittedIt() {
    var record = post(contribution("s1", "Open on Sundays."), "Ann");
    assertThat(StatementViews.live(Events.PROJECT, record, board, tally, false).bridging())
        .as("not computed yet")
        .isNull();

    tally.regroup(
        new Synthesis(
            0,
            0,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(new StatementScore("s1", 5, 0, 0, 0.8, List.of(), 0.3, 0.1, 0.8)),
            List.of()),
        board::indexOf,
        new VoteLog(),
        0,
        row -> "");

    var view = StatementViews.live(Events.PROJECT, record, board, tally, false);
    assertThat(view.bridging()).isEqualTo(0.3);
    assertThat(
            StatementViews.fromEvents(
                    Events.PROJECT,
                    record.posted,
                    record.trail,
                    "Ann",
                    false,
                    Optional.of(view),
                    false)
                .bridging())
        .as("taken from the live view")
        .isEqualTo(0.3);
  }

  @Test
  void aHiddenStatementKeepsItsPlaceTrailAndCountsAndShowsItsWordsToModeratorsOnly() {
    var record = post(viewpoint("v1", "An insult.", null, null), "Eve");
    tally.count(0, "v1", "ann", Vote.DISAGREE.value(), 0);
    record.trail.apply(hidden("v1", "insulting"), at(5));

    var publicView = StatementViews.live(Events.PROJECT, record, board, tally, false);
    var moderatorView = StatementViews.live(Events.PROJECT, record, board, tally, true);

    assertThat(publicView.hidden()).isTrue();
    assertThat(publicView.text()).isNull();
    assertThat(publicView.sources()).isEmpty();
    assertThat(publicView.interests()).isNull();
    assertThat(publicView.moderation()).hasSize(1);
    assertThat(publicView.counts()).isEqualTo(new Tally(0, 1, 0));
    assertThat(moderatorView.text()).isEqualTo("An insult.");
    assertThat(moderatorView.sources()).containsExactly("https://example.org/study");
  }

  @Test
  void linksShowTheOtherStatementsTextUnlessItIsHiddenAndHiddenRepliesOnlyToModerators() {
    var target = post(contribution("s1", "Open on Sundays."), "Ann");
    var reply = post(viewpoint("v1", "Nobody comes then.", "s1", Relation.CONTRADICTS), "Eve");
    var hiddenReply = post(viewpoint("v2", "Rude reply.", "s1", Relation.SUPPORTS), "Eve");
    hiddenReply.trail.apply(hidden("v2", "rude"), at(1));

    var targetView = StatementViews.live(Events.PROJECT, target, board, tally, false);
    assertThat(targetView.relatesTo()).isNull();
    assertThat(targetView.related())
        .containsExactly(
            new RelatedStatement(
                "v1", "CONTRADICTS", "FROM", "VIEWPOINT", "AGAINST", "Nobody comes then."));
    assertThat(StatementViews.live(Events.PROJECT, target, board, tally, true).related())
        .extracting(RelatedStatement::statement)
        .containsExactly("v1", "v2");

    target.trail.apply(hidden("s1", "off topic"), at(2));
    var replyView = StatementViews.live(Events.PROJECT, reply, board, tally, false);
    assertThat(replyView.relatesTo())
        .isEqualTo(new RelatedStatement("s1", "CONTRADICTS", "TO", "CONTRIBUTION", null, null));
    assertThat(replyView.related()).containsExactly(replyView.relatesTo());
  }

  @Test
  void
      aStatementBuiltFromItsEventsIsTheLiveOneWhenTheyAgreeAndStandsAloneBeforeTheLiveStateHasIt() {
    post(contribution("s1", "Open on Sundays."), "Ann");
    var reply = post(viewpoint("v1", "Nobody comes then.", "s1", Relation.CONTRADICTS), "Eve");
    tally.count(1, "v1", "bob", Vote.PASS.value(), 0);
    var live = StatementViews.live(Events.PROJECT, reply, board, tally, false);

    var fromEvents =
        StatementViews.fromEvents(
            Events.PROJECT, reply.posted, reply.trail, "Eve", false, Optional.of(live), false);
    assertThat(fromEvents).isEqualTo(live);

    var alone =
        StatementViews.fromEvents(
            Events.PROJECT, reply.posted, reply.trail, "Eve", false, Optional.empty(), false);
    var link = new RelatedStatement("s1", "CONTRADICTS", "TO", "", null, null);
    assertThat(alone.relatesTo()).isEqualTo(link);
    assertThat(alone.related()).containsExactly(link);
    assertThat(alone.counts()).isEqualTo(new Tally(0, 0, 0));
    assertThat(alone.groups()).isEmpty();
  }

  @Test
  void aStatementHiddenByItsEventsIsHiddenEvenWhenTheLiveStateStillShowsIt() {
    var record = post(contribution("s1", "An insult."), "Ann");
    var live = StatementViews.live(Events.PROJECT, record, board, tally, false);
    var trail = new ModerationTrail();
    trail.apply(hidden("s1", "insulting"), at(3));

    var view =
        StatementViews.fromEvents(
            Events.PROJECT, record.posted, trail, null, true, Optional.of(live), false);

    assertThat(view.hidden()).isTrue();
    assertThat(view.text()).isNull();
    assertThat(view.moderation())
        .extracting(ModerationEntry::action)
        .containsExactly(ModerationAction.HIDE);
    assertThat(view.author()).as("erased").isNull();
    assertThat(view.related()).isEqualTo(List.of());
  }
}
