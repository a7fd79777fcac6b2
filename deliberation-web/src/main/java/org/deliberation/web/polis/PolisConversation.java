package org.deliberation.web.polis;

import java.util.List;

/** A Pol.is conversation as its export files hold it, checked line by line. */
public record PolisConversation(List<Comment> comments, List<VoteRow> votes) {

  public PolisConversation {
    comments = List.copyOf(comments);
    votes = List.copyOf(votes);
  }

  /**
   * A row of comments.csv.
   *
   * @param moderated 1 accepted, 0 not moderated, -1 moderated out
   */
  public record Comment(long timestamp, String id, String author, int moderated, String body) {}

  /** A row of votes.csv: +1 agree, -1 disagree, 0 pass. */
  public record VoteRow(long timestamp, String comment, String voter, int vote) {}
}
