package org.deliberation.web.polis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deliberation.web.platform.http.BadRequestException;
import org.junit.jupiter.api.Test;

/** Pol.is' export files read without a server: what is accepted, and how each malformed line is named. */
class PolisCsvTest {

  private static final String COMMENTS_HEADER =
      "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated," + "comment-body\n";
  private static final String VOTES_HEADER = "timestamp,datetime,comment-id,voter-id,vote\n";

  @Test
  void readsCommentsAndVotesWithQuotedBodiesAndAByteOrderMark() {
    var conversation =
        PolisCsv.parse(
            "\uFEFF"
                + COMMENTS_HEADER
                + "1500000000000,x,1,7,2,0,1,\"Keep the library open, \"\"all\"\" evening\"\n"
                + "1500000001000,x,2,8,0,0,-1,\"A body\nover two lines\"\n",
            VOTES_HEADER + "1500000002000,x,1,9,1\n1500000003000,x,2,9,-1\n");

    assertThat(conversation.comments())
        .containsExactly(
            new PolisConversation.Comment(
                1500000000000L, "1", "7", 1, "Keep the library open, \"all\" evening"),
            new PolisConversation.Comment(1500000001000L, "2", "8", -1, "A body\nover two lines"));
    assertThat(conversation.votes())
        .containsExactly(
            new PolisConversation.VoteRow(1500000002000L, "1", "9", 1),
            new PolisConversation.VoteRow(1500000003000L, "2", "9", -1));
  }

  @Test
  void aMissingColumnIsNamedWithTheExpectedHeader() {
    assertThatThrownBy(() -> PolisCsv.parse("timestamp,comment-id\n1,1\n", VOTES_HEADER))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("comments.csv, line 1: the header lacks datetime, author-id")
        .hasMessageContaining("Nothing was imported.")
        .extracting(e -> ((BadRequestException) e).field())
        .isEqualTo("comments");
  }

  @Test
  void aRepeatedColumnIsRefused() {
    assertThatThrownBy(
            () -> PolisCsv.parse(COMMENTS_HEADER.replace("datetime", "timestamp"), VOTES_HEADER))
        .hasMessageContaining(
            "comments.csv, line 1: the header has an empty or a repeated column name");
  }

  @Test
  void aLineCountsTheHeaderAsLineOneAndAQuotedBodyAsOneRecord() {
    var comments = COMMENTS_HEADER + "1,x,1,7,0,0,1,\"two\nlines\"\n" + "2,x,2,7,0,0,3,body\n";
    assertThatThrownBy(() -> PolisCsv.parse(comments, VOTES_HEADER))
        .hasMessage(
            "comments.csv, line 3: moderated must be -1, 0 or 1, not 3. Nothing was imported.");
  }

  @Test
  void anUnclosedQuoteIsExplainedWithoutTheParsersOwnWords() {
    var comments = COMMENTS_HEADER + "1,x,1,7,0,0,1,\"never closed\n";
    assertThatThrownBy(() -> PolisCsv.parse(comments, VOTES_HEADER))
        .hasMessageContaining(
            "comments.csv, line 2: a quoted field opens here and its closing quote never comes")
        .hasMessageNotContaining("EOF")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void eachFieldIsChecked() {
    assertThatThrownBy(
            () ->
                PolisCsv.parse(
                    COMMENTS_HEADER + "1,x,1,7,0,0,1,a\n1,x,1,8,0,0,1,b\n", VOTES_HEADER))
        .hasMessageContaining("line 3: comment-id 1 appears twice");
    assertThatThrownBy(() -> PolisCsv.parse(COMMENTS_HEADER + "-5,x,1,7,0,0,1,a\n", VOTES_HEADER))
        .hasMessageContaining("timestamp must be milliseconds since 1970, not '-5'");
    assertThatThrownBy(() -> PolisCsv.parse(COMMENTS_HEADER + "1,x,1,7,0,0,1,   \n", VOTES_HEADER))
        .hasMessageContaining("comment-body must hold 1 to 5000 characters");
    assertThatThrownBy(
            () -> PolisCsv.parse(COMMENTS_HEADER + "1,x,1,7,0,0,1,a,extra\n", VOTES_HEADER))
        .hasMessageContaining("expected 8 fields, found 9");
    assertThatThrownBy(
            () ->
                PolisCsv.parse(
                    COMMENTS_HEADER + "1,x," + "i".repeat(65) + ",7,0,0,1,a\n", VOTES_HEADER))
        .hasMessageContaining("comment-id must be an id of 1 to 64 characters");
  }

  @Test
  void aVoteMustNameAKnownCommentAndBeOneMinusOneOrZero() {
    var comments = COMMENTS_HEADER + "1,x,1,7,0,0,1,a\n";
    assertThatThrownBy(() -> PolisCsv.parse(comments, VOTES_HEADER + "1,x,2,9,1\n"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("votes.csv, line 2: comment-id 2 is not in comments.csv");
    assertThatThrownBy(() -> PolisCsv.parse(comments, VOTES_HEADER + "1,x,1,9,2\n"))
        .hasMessageContaining("vote must be 1 (agree), -1 (disagree) or 0 (pass), not 2");
    assertThatThrownBy(() -> PolisCsv.parse(comments, VOTES_HEADER + "1,x,1,9,yes\n"))
        .hasMessageContaining("vote must be a whole number, not 'yes'");
  }
}
